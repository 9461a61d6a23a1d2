import binascii

def show(f, *args, **kw):
    try:
        print(f.__name__, args, kw, repr(f(*args, **kw)))
    except Exception as e:
        print(f.__name__, args, kw, type(e).__name__, e)

for data in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256)), b'\xff\xfe\x00']:
    enc = binascii.b2a_base64(data)
    print(enc, binascii.b2a_base64(data, newline=False), binascii.a2b_base64(enc) == data)
    print(binascii.hexlify(data), binascii.b2a_uu(data[:45]), binascii.a2b_uu(binascii.b2a_uu(data[:45])) == data[:45])
    print(binascii.crc32(data), binascii.crc32(data, 12345), binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xffff))
for s in ['YWJj', 'YW Jj\n', 'YWJ', 'YQ==', 'YQ=', 'YQ', 'Y', '=YWJj', 'YWJj=', 'YW=Jj', 'YQ==YQ==', 'YWJj!', 'YQ===',
          b'YWJjZA==', 'ab\u00e9', 5]:
    show(binascii.a2b_base64, s)
    show(binascii.a2b_base64, s, strict_mode=True)
for s in ['616263', b'6A6b', 'abc', 'zz', '']:
    show(binascii.unhexlify, s); show(binascii.a2b_hex, s)
for args in [(b'abcdef', ':'), (b'abcdef', b':', -2), (b'abcdef', ':', 4), (b'abcdef', '-', -4), (b'abc', 'xy'), (b'', ':'), (b'abc', ':', 0)]:
    show(binascii.b2a_hex, *args); show(binascii.hexlify, *args)
show(binascii.b2a_uu, b'abc', backtick=True); show(binascii.b2a_uu, b'', backtick=True); show(binascii.b2a_uu, b'a' * 46)
show(binascii.a2b_uu, b''); show(binascii.a2b_uu, b' '); show(binascii.a2b_uu, b'!!!!!!!!'); show(binascii.a2b_uu, '#86)C')
show(binascii.b2a_base64, 'ab'); show(binascii.crc32, b'abc', -1); show(binascii.crc32, b'abc', 2**40); show(binascii.crc32, 'x')
text = b'Hello = world \t\nline with trailing space \nsecond.line_\r\n.\n' + b'x' * 100 + b'\xe9\xff end'
for kw in [{}, {'quotetabs': True}, {'istext': False}, {'header': True}]:
    q = binascii.b2a_qp(text, **kw)
    print(kw, q, binascii.a2b_qp(q, header=kw.get('header', False)) == text)
show(binascii.a2b_qp, b'a=3D=3db=\nc=\r\nd==e=zz=4', header=False); show(binascii.a2b_qp, 'a_b=5F', header=True)
show(binascii.b2a_qp, b'trailing tab\t'); show(binascii.b2a_qp, b'. \n.x\n.'); show(binascii.b2a_qp, b'a\r\nb\nc', istext=True)
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
