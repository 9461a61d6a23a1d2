import _struct as struct

def show(f, *args):
    try:
        print(f.__name__, args, f(*args))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)

for fmt, v in [('b', 200), ('B', -1), ('h', 40000), ('H', -1), ('i', 2**31), ('I', -1), ('l', 2**63), ('L', -1),
               ('q', 2**63), ('Q', -1), ('<i', 2**31), ('<I', -1), ('<q', 2**64), ('<Q', -1), ('>h', 2**15),
               ('<b', 1000), ('n', 2**63), ('N', -1), ('i', 1.5), ('f', 'x'), ('c', b'ab'), ('s', 5), ('e', 1e6),
               ('f', 1e300), ('<f', 1e300), ('<P', 1), ('P', -1), ('i', '3'), ('q', 1.0), ('<I', 2**32), ('I', 2**32),
               ('<L', 2**32), ('<l', 2**31), ('B', 256), ('<q', -2**63 - 1), ('N', 2**64), ('<H', 65536), ('d', 'x'),
               ('i', 2**100), ('<b', 2**100), ('>q', -2), ('!Q', 2**64 - 1), ('=l', -5), ('@l', -5), ('<?', 0),
               ('?', []), ('<e', float('nan')), ('<e', 65520.0), ('<e', 65519.0), ('<e', 1e-8), ('<e', -2.5e-6),
               ('>e', 0.1), ('>H', -1), ('>I', 2**32), ('<h', -40000), ('<e', -0.0), ('>d', 0.1), ('<f', 0.1), ('c', b'\xff'), ('i', True)]:
    show(struct.pack, fmt, v)
for f in ['3', 'z', '<n', 'i i', '2x3s', '!?', '1000000000000000000000i', '@ihq', 'ci', '0s', 'bhilqfdPe', '<bhilqfde',
          'cH', 'xq', '3sd', '5p', b'>II', '@bq', '@?Q', '=eq']:
    show(struct.calcsize, f)
print(struct.pack('@bhiq', 1, 2, 3, 4), struct.pack('<bhiq', 1, 2, 3, 4), struct.pack('>bhiq', -1, -2, -3, -4))
print(struct.unpack('@bhiq', struct.pack('@bhiq', 1, 2, 3, 4)), struct.unpack('>bhiq', struct.pack('>bhiq', -1, -2, -3, -4)))
print(struct.pack('2s3p', b'abc', b'defgh'), struct.unpack('2s3p', b'ab\x05de'), struct.pack('0p', b'x'))
print(struct.pack('5p', b'abc'), struct.unpack('5p', b'\x09abcd'), struct.pack('2s', b'abc'), struct.pack('4s', b'a'))
print(struct.unpack('<QqIiHhBb', b'\xff' * 30), struct.unpack('<e', b'\x00\x3c'), struct.unpack('<e', b'\x00\x7c'))
print(struct.unpack('<e', b'\x00\xfe'), struct.unpack('<?c3x', b'\x05z\x00\x00\x00'), struct.unpack('>f', b'\x3f\x80\x00\x00'))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00'); next(it); print(it.__length_hint__(), list(it))
print(struct.unpack_from('<h', b'xx\x05\x00', 2), struct.unpack_from('<h', b'\x05\x00\x06\x00', offset=-2))
s = struct.Struct('<ih'); print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'))
s2 = struct.Struct(b'>q'); print(s2.format, s2.size, s2.unpack_from(b'\x00' * 9, 1))
class S(struct.Struct):
    pass
print(S('i').size, type(S('i')).__name__, struct.Struct.__module__, struct.error.__module__)
for call in [lambda: struct.unpack('<i', b'abc'), lambda: struct.unpack_from('<i', b'abc', 1),
             lambda: struct.unpack_from('<i', b'abcdef', -10), lambda: struct.pack('<ii', 1),
             lambda: struct.iter_unpack('<i', b'abcde'), lambda: struct.iter_unpack('', b''),
             lambda: struct.pack_into('<i', b'12345678', 0, 5), lambda: struct.unpack('<i', 'abcd'),
             lambda: struct.Struct(5), lambda: struct.pack(), lambda: struct.pack_into('<i'),
             lambda: struct.calcsize(3), lambda: struct.pack('i'), lambda: s.pack(1)]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
print(issubclass(struct.error, Exception))
