class _Foo:
    __a = 1
    __b__ = 2
    def __meth(self, __p, *, __k=3):
        return __p, __k
    def call(self):
        try:
            return self.__meth(1, __k=5)
        except TypeError as e:
            return str(e)
    class __Inner:
        __z = 9
        def get(self): return self.__z
    def nested(self):
        def g():
            return __a
        return g
    import sys as __osp
    from sys import maxsize as __sep
    from sys import path as __p2
    __ann: int = 5
    def uses_global(self):
        global __gg
        __gg = 1
        return __gg
print(sorted(k for k in vars(_Foo) if not k.startswith('__')))
f = _Foo()
print(f._Foo__meth(1, _Foo__k=2), f.call())
print(_Foo._Foo__meth.__name__, _Foo._Foo__meth.__qualname__, _Foo._Foo__meth.__code__.co_varnames)
print(_Foo._Foo__Inner.__name__, _Foo._Foo__Inner.__qualname__, _Foo._Foo__Inner().get())
print(_Foo.__annotations__)
try: f.nested()()
except NameError as e: print(e)
f.uses_global(); print(_Foo__gg)
class ___:
    __x = 1
print([k for k in vars(___) if 'x' in k])
class A:
    def m(self): return [__q for __q in range(2)], (lambda __l: __l)(3), f"{self.__dict__}"
print(A().m())
class B:
    __slots__ = ('__s',)
    def __init__(self): self.__s = 1
print(B()._B__s, B.__slots__)
class C:
    def f(self, **kw): return kw
    def g(self): return self.f(__x=1)
print(C().g())
class D:
    def h(self):
        try: return __import__('sys').__name__
        except Exception as e: return e
    __m = [__i for __i in range(3)]
print(D().h(), D._D__m)
class E:
    match_ = None
    def f(self, v):
        match v:
            case {'k': __val, **__rest}: return __val, __rest
            case [__first, *__others]: return __first, __others
print(E().f({'k': 1, 'z': 2}), E().f([1,2,3]))
print(getattr(_Foo, '__a', 'nope'), hasattr(_Foo, '_Foo__a'))
class F:
    def __init__(self):
        self.__dict__['__raw'] = 1
        del self.__dict__['__raw']
        self.__v = 2
        del self.__v
        print(hasattr(self, '_F__v'))
F()
class Outer:
    __o = "outer"
    class Inner:
        __o = "inner"
        def get(self):
            return self.__o, [k for k in vars(type(self)) if "__o" in k]
    def get(self):
        return self.__o, self.Inner().get()
print(Outer().get())
class __Under:
    __u = 1
print([k for k in vars(__Under) if k.endswith("__u")])
class G:
    def f(self, __x=lambda __y: __y):
        return __x(7)
    def g(self):
        nonlocal_test = 1
        def inner():
            nonlocal nonlocal_test
            __local = nonlocal_test
            return __local
        return inner(), inner.__code__.co_varnames
    def h(self):
        __v = 1
        return sorted(locals())
print(G().f(), G().g(), G().h())
print(G.f.__code__.co_varnames, G.f.__defaults__[0].__code__.co_varnames)
class H:
    def __private(self):
        return "p"
    def __repr__(self):
        return "H()"
    def public(self):
        return self.__private(), getattr(self, "_H__private")(), repr(self)
print(H().public())
try:
    H().__private()
except AttributeError as e:
    print("AttributeError", e)
class I:
    try:
        raise ValueError("v")
    except ValueError as __err:
        caught = str(__err)
    for __i in range(2):
        pass
    with open(__file__) as __fh:
        pass
print(I.caught, I._I__i, hasattr(I, "_I__err"), I._I__fh.closed)
