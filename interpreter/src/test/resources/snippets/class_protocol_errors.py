# object.__new__/__init__ excess-argument errors, attribute deletion errors, a comparison slot
# whose binding raises, and a __call__ chain without frames (RecursionError), as CPython 3.11
class C: pass
class D:
    def __new__(cls, *args, **kwargs):
        super().__new__(cls, *args, **kwargs)
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
class E:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
for f in (lambda: C(42), lambda: C.__new__(C, 42), lambda: C().__init__(42), lambda: object.__new__(C, 42), lambda: object.__init__(C(), 42),
          lambda: D(42), lambda: D.__new__(D, 42), lambda: object.__new__(D, 42), lambda: E().__init__(42), lambda: object.__init__(E(), 42),
          lambda: C(x=1), lambda: E(1)):
    try: f(); print("ok")
    except TypeError as e: print(e)

class A:
    pass
class B:
    y = 0
    __slots__ = ('z',)
tests = [lambda: A().x, lambda: delattr(A(), 'x'), lambda: B().x, lambda: delattr(B(), 'x'), lambda: setattr(B(), 'x', 0),
         lambda: delattr(B(), 'y'), lambda: setattr(B(), 'y', 0), lambda: B().z, lambda: delattr(B(), 'z'),
         lambda: A.x, lambda: delattr(A, 'x')]
for t in tests:
    try:
        t()
        print("ok")
    except AttributeError as e:
        print(e)

def booh(self):
    raise AttributeError("booh")
def t():
    class E:
        __eq__ = property(booh)
    E() == E()
    print(E() == E(), E() != E())
    class I:
        __init__ = property(booh)
    try:
        I()
    except AttributeError as e:
        print("AE", e)
t()

class R:
    pass
R.__call__ = R()
try:
    R()()
except RecursionError as e:
    print("RecursionError:", e)

class S(staticmethod):
    def __init__(self, f):
        super().__init__(f)
S(len); print("staticmethod subclass ok")
class Only:
    def __new__(cls, x):
        return super().__new__(cls)
print(type(Only(1)).__name__)
print(object.__ne__(1, 2), object.__ne__(1, 1))
