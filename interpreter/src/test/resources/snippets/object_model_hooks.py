class D:
    def __set_name__(self, owner, name): self.name = (owner.__name__, name)
class A:
    d = D()
    def __init_subclass__(cls, /, flag=False, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class B(A, flag=True): pass
print(A.d.name, B.flag)
class C:
    @classmethod
    @property
    def cp(cls): return cls.__name__ + '!'
print(C.cp)
class G:
    def __class_getitem__(cls, it): return f'G[{it}]'
print(G[int])
class S(list):
    def __init__(self, *a): super().__init__(*a)
print(S([1, 2]), super(S, S([1])).__len__())
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns['added'] = 1
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class X(metaclass=Meta, extra=1): pass
print(X.added, type(X).__name__)
print(object.__reduce_ex__(A(), 2)[0].__name__, A().__reduce_ex__(4)[1][0] is A)
import sys
print(sys._getframe(0).f_globals is globals())
class Slotted:
    __slots__ = ('a',)
print(Slotted.a.__name__, Slotted.a.__objclass__ is Slotted)
