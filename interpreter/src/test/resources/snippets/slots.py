import _weakref as weakref, gc
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x): self.x = x
p = P(1)
print(p.x, type(P.x).__name__, P.x)
try: p.z = 1
except AttributeError as e: print(e)
try: p.y
except AttributeError as e: print(e)
try: p.__dict__
except AttributeError as e: print(e)
try: weakref.ref(p)
except TypeError as e: print(e)
class Q(P):
    __slots__ = ('__weakref__', 'w')
q = Q(2); q.w = 3; print(q.x, q.w, weakref.ref(q)() is q, hasattr(q, '__dict__'))
class R(P): pass
r = R(5); r.k = 1; print(r.__dict__, r.x)
try:
    class S: __slots__ = ('a',); a = 1
except ValueError as e: print(e)
try:
    class I(int): __slots__ = ('a',)
except TypeError as e: print(e)
try:
    class T: __slots__ = (1,)
except TypeError as e: print(e)
class M:
    __slots__ = ('__priv',)
print('_M__priv' in M.__dict__)
class D:
    __slots__ = ('a', '__dict__')
d = D(); d.a = 1; d.b = 2; print(d.a, d.__dict__)
print(q.__reduce_ex__(4)[2])
del p.x
try: p.x
except AttributeError as e: print(e)
try: object().foo = 1
except AttributeError as e: print(e)
print(P.__slots__, Q.__getstate__(q) if hasattr(Q, '__getstate__') else None)
