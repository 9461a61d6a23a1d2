import struct

print(struct.pack('<hhl', 1, 2, 3), struct.pack('>hhl', 1, 2, 3), struct.pack('hhl', 1, 2, 3))
print(struct.unpack('<hhl', b'\x01\x00\x02\x00\x03\x00\x00\x00'), struct.calcsize('hhl'), struct.calcsize('<hhl'))
record = b'raymond   \x32\x12\x08\x01\x08'
name, serialnum, school, gradelevel = struct.unpack('<10sHHb', record)
print(name, serialnum, school, gradelevel)
s = struct.Struct('<i?3sxd')
data = s.pack(-7, True, b'abc', 2.5)
print(s.size, s.format, data, s.unpack(data), list(struct.iter_unpack('<h', b'\x01\x00\xff\xff')))
try:
    struct.pack('b', 300)
except struct.error as e:
    print('struct.error:', e)
print(struct.unpack_from('>I', b'\x00\x00\x00\x00\x01\x02\x03\x04', 4), struct.pack('e', 1.5), struct.pack('<Q', 2**64 - 1))
