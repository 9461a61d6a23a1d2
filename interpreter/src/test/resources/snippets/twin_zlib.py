import zlib

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(f.__name__, repr(r)[:200])
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

text = ''.join('line %d of some moderately repetitive text %s\n' % (i, 'abc' * (i % 7)) for i in range(400)).encode()
for level in range(-1, 10):
    c = zlib.compress(text, level)
    print(level, len(c), zlib.crc32(c), zlib.decompress(c) == text)
for wbits in [9, 12, 15, -9, -15, 25, 31]:
    c = zlib.compress(b'hello hello hello', 6, wbits)
    print(wbits, c, zlib.decompress(c, wbits), zlib.decompress(c, 47) if wbits > 15 or wbits > 0 else '')
print(zlib.compress(b''), zlib.compress(b'x', 1, 31)[:10], zlib.compress(b'x', 9, 31)[:10], zlib.compress(b'abc', wbits=9))
d = zlib.compress(b'hello world' * 10)
show(zlib.compress, b'x', 10); show(zlib.compress, b'x', wbits=16); show(zlib.decompress, b'abc'); show(zlib.decompress, d[:-3])
show(zlib.decompress, d[:10]); show(zlib.decompress, d, wbits=-15); show(zlib.decompress, d + b'junk'); show(zlib.decompress, d, 100)
show(zlib.compressobj, 10); show(zlib.decompressobj, 100); show(zlib.compress, 's'); show(zlib.decompress, b'')
show(zlib.decompress, zlib.compress(b'x', wbits=31)[:-1], 31); show(zlib.decompress, zlib.compress(b'abc')[:-1])
show(zlib.decompress, b'x\x9c' + b'\xff' * 10)
g = list(zlib.compress(b'gzip data', wbits=31)); g[-5] ^= 1; show(zlib.decompress, bytes(g), 31)
print(zlib.crc32(b'abc'), zlib.crc32(b'abc', -1), zlib.adler32(b'abc'), zlib.adler32(b'abc', 2 ** 35), zlib.adler32(text), zlib.crc32(text, 5))
c = zlib.compressobj(); print(c.compress(b'abc'), c.flush(zlib.Z_SYNC_FLUSH), c.compress(b'def'), c.flush(zlib.Z_FULL_FLUSH), c.flush())
show(c.compress, b'x'); show(c.flush)
c = zlib.compressobj(wbits=31); print(c.compress(b'abc'), c.flush())
print(zlib.compressobj(wbits=-15).flush(), zlib.compressobj(zdict=b'hello').compress(b'hello hello'))
c = zlib.compressobj(zdict=b'hello'); z = c.compress(b'hello hello hello') + c.flush()
dz = zlib.decompressobj(zdict=b'hello'); print(z, dz.decompress(z), dz.eof)
c = zlib.compressobj(5, zlib.DEFLATED, 15, 9, zlib.Z_FILTERED); out = c.compress(text); c2 = c.copy()
f1 = c.flush(); print(len(out + f1), f1 == c2.flush())
dd = zlib.decompressobj(); print(dd.decompress(d, 5), dd.unconsumed_tail[:5], dd.eof)
print(dd.decompress(dd.unconsumed_tail + b'xyz'), dd.unused_data, dd.eof, dd.decompress(b'more'), dd.unused_data)
dd = zlib.decompressobj(); part = dd.decompress(d[:20]); dc = dd.copy(); print(part, dd.decompress(d[20:]) == dc.decompress(d[20:]), dc.eof)
dd = zlib.decompressobj(wbits=31); gz = zlib.compress(text, wbits=31)
print(sum(len(dd.decompress(gz[i:i + 7])) for i in range(0, len(gz), 7)), dd.eof, dd.unused_data)
da = zlib.decompressobj(wbits=47); print(len(da.decompress(gz)), da.eof)
dd = zlib.decompressobj(); print(dd.decompress(d, 30), len(dd.unconsumed_tail), len(dd.flush()), dd.eof)
show(zlib.decompressobj().flush, -1); print(zlib.decompressobj().flush(), zlib.decompressobj().decompress(b'x'))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH, zlib.ZLIB_VERSION, zlib.error.__module__)
