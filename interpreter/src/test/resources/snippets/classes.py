class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
try:
    class X(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class P:
    def __init__(self, x): self._x = x
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @staticmethod
    def s(a): return a + 1
    @classmethod
    def c(cls, a): return cls.__name__ + str(a)
    def __repr__(self): return f"P({self._x})"
    def __eq__(self, o): return isinstance(o, P) and o._x == self._x
    def __lt__(self, o): return self._x < o._x
    def __len__(self): return self._x
    def __bool__(self): return self._x > 0
    def __call__(self, *a, **k): return (a, k)
    def __getitem__(self, i): return i * 10
    def __contains__(self, v): return v == 42
    def __add__(self, o): return P(self._x + (o._x if isinstance(o, P) else o))
    def __radd__(self, o): return P(self._x + o)
p = P(3); p.x = 5
print(p, p.x, P.s(1), P.c(2), p.c(3), p == P(10), p != P(10), sorted([P(3), P(1), P(2)]), len(p), bool(P(0)), p(1, k=2), p[4], 42 in p, 1 in p)
print(p + P(1), p + 1, 1 + p, sum([P(1), P(2)], P(0)), P.__dict__['s'].__class__.__name__, type(P.x).__name__)
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E("bad", 7)
except E as e:
    print(repr(e), str(e), e.code, e.args, isinstance(e, Exception))
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['tag'] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class T(metaclass=Meta): pass
print(T.tag, type(T).__name__, isinstance(T, Meta))
class L(list):
    def total(self): return sum(self)
l = L([1, 2, 3]); l.append(4)
print(l, l.total(), len(l), isinstance(l, list), type(l).__name__)
class Dd(dict):
    def __missing__(self, k): return k * 2
print(Dd(a=1)['zz'], Dd(a=1)['a'])
