# array and zlib through the stdlib's users: typed arrays, their bytes, and compressed round trips.
import array, zlib, binascii
a = array.array("i", [1, 2, 3, -4])
a.append(5); a.extend([6, 7]); a.insert(0, 0)
print(a, a.itemsize, a.typecode, len(a), a[2:5], a.index(3), a.count(2))
b = array.array("d", [0.5, 1.5])
print(b * 2, b.tolist(), sum(b))
raw = a.tobytes()
c = array.array("i")
c.frombytes(raw)
print(c == a, len(raw))
u = array.array("u", "héllo")
print(u, u.tounicode())
try:
    array.array("b", [200])
except OverflowError as e:
    print("OverflowError", e)
data = b"herthon " * 200
z = zlib.compress(data, 9)
print(len(data), len(z) < len(data), zlib.decompress(z) == data)
print(zlib.crc32(b"hello"), zlib.adler32(b"hello"), binascii.crc32(b"hello"))
co = zlib.compressobj(6, zlib.DEFLATED, -15)
stream = co.compress(data) + co.flush()
do = zlib.decompressobj(-15)
print(do.decompress(stream) == data, do.eof)
try:
    zlib.decompress(b"not zlib data")
except zlib.error as e:
    print("zlib.error", e)
