class B(bytes):
    def extra(self): return len(self) * 2
b = B(b'abc')
print(b, type(b).__name__, b.extra(), b + b'x', b == b'abc', isinstance(b, bytes), b.upper(), B(), repr(B(b'q')), hash(b) == hash(b'abc'))
b.attr = 1; print(b.attr, bytes(b), type(bytes(b)).__name__, b[0], b[1:], list(b), B(3), B('é', 'utf-8'))
class H(bytes):
    def __new__(cls, v): return super().__new__(cls, v * 2)
print(H(b'ab'), type(H(b'ab')).__name__)
