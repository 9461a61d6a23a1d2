import quopri
import binascii

text = b'Caf\xc3\xa9 = coffee\ttab \nA line that is quite long ' + b'x' * 80 + b'\n.dot\n'
enc = quopri.encodestring(text)
print(enc)
print(quopri.decodestring(enc) == text, quopri.encodestring(text, quotetabs=True)[:40], quopri.encodestring(b'a b', header=True))
print(quopri.decodestring(b'=41=42_c=\nd', header=True), binascii.b2a_qp(b'x' * 100)[-10:])
