import _weakref, gc
class A:
    pass
a = A()
r = _weakref.ref(a)
print(r() is a, _weakref.getweakrefcount(a), _weakref.ref(a) is r)
log = []
r2 = _weakref.ref(a, lambda w: log.append(('cb', w is r2)))
print(_weakref.getweakrefcount(a), r2.__callback__ is not None)
p = _weakref.proxy(a)
a.x = 5
print(p.x, type(p).__name__)
try: _weakref.ref(1)
except TypeError as e: print(e)
print(hash(r) == hash(a), r == r2)
del a
gc.collect()
print(r(), log, r2.__callback__)
try: p.x
except ReferenceError as e: print(e)
class R(_weakref.ref):
    def __init__(self, ob, cb=None, key=None):
        super().__init__(ob, cb)
        self.key = key
    def __new__(cls, ob, cb=None, key=None):
        return _weakref.ref.__new__(cls, ob, cb)
b = A()
k = R(b, None, 'k')
print(k.key, k() is b, type(k).__name__, isinstance(k, _weakref.ref))
d = {'a': _weakref.ref(b)}
_weakref._remove_dead_weakref(d, 'a'); print(len(d))
del b; gc.collect()
_weakref._remove_dead_weakref(d, 'a'); print(len(d))
print(type(r).__module__, _weakref.ReferenceType.__name__)
