class D(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return D()
    def __iter__(cls):
        return iter([1,2])
class A(metaclass=M):
    x = 1
    def f(self): pass
a, b = A
print(a, b, type(A.__dict__))
class M(type):
    def __new__(mcls, name, bases, ns, *, boundary=None, **kw):
        print("new", name, boundary, kw)
        return super().__new__(mcls, name, bases, ns, **kw)
class A(metaclass=M, boundary=1):
    pass
class B(A, boundary=2):
    pass
class C:
    def __init_subclass__(cls, **kw):
        print("isc", cls.__name__, kw)
class D(C, x=1): pass
