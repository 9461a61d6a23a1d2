# weakref on top of _weakref: callbacks run once the object is collected (gc.collect() here)
import weakref, gc
class Obj:
    def __init__(self, name): self.name = name
    def __repr__(self): return 'Obj(%s)' % self.name
a, b = Obj('a'), Obj('b')
log = []
r = weakref.ref(a, lambda ref: log.append('a gone'))
print(r() is a, weakref.getweakrefcount(a), r.__callback__ is not None)
wvd = weakref.WeakValueDictionary(x=a, y=b)
wkd = weakref.WeakKeyDictionary({a: 1, b: 2})
ws = weakref.WeakSet([a, b])
print(sorted(wvd), len(wkd), len(ws), a in ws)
p = weakref.proxy(b)
print(p.name, repr(p)[:10])
f = weakref.finalize(b, log.append, 'b finalized')
print(f.alive, f.peek()[0] is b)
del a; gc.collect()
print(log, r(), sorted(wvd), len(wkd), len(ws))
del b; gc.collect()
print(log, f.alive, len(wvd), len(wkd), len(ws))
try:
    p.name
except ReferenceError as e:
    print('ReferenceError:', e)
class C:
    def m(self): return 'method'
c = C()
wm = weakref.WeakMethod(c.m)
print(wm()(), wm == weakref.WeakMethod(c.m))
del c; gc.collect()
print(wm())
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
