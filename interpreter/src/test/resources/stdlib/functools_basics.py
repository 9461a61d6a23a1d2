import functools, operator, abc, copy, weakref, gc, keyword, heapq, bisect, reprlib, copyreg, types
print(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(lambda a, b: a * b, [], 1))
p = functools.partial(int, base=2); print(p('101'), p.func is int, p.keywords)
@functools.lru_cache(maxsize=2)
def sq(x): return x * x
print(sq(3), sq(3), sq(4), sq.cache_info())
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
def f(x): return 'obj'
class W:
    @functools.cached_property
    def val(self): return 42
print(W().val)
def deco(fn):
    @functools.wraps(fn)
    def inner(*a): return fn(*a)
    return inner
@deco
def named(): "doc"
print(named.__name__, named.__doc__, named.__wrapped__.__name__)
class Base(abc.ABC):
    @abc.abstractmethod
    def m(self): ...
try: Base()
except TypeError as e: print(e)
class Impl(Base):
    def m(self): return 1
print(Impl().m(), isinstance(Impl(), Base), issubclass(Impl, Base))
class Reg(abc.ABC): pass
Reg.register(int); print(isinstance(1, Reg), isinstance('a', Reg))
class Pt:
    def __init__(self, x, l): self.x = x; self.l = l
a = Pt(1, [1, 2]); b = copy.copy(a); c = copy.deepcopy(a)
print(b.l is a.l, c.l is a.l, c.l == a.l, c.x)
print(copy.deepcopy({'a': [1, (2, 3)]}), copy.copy([1, 2]), copy.deepcopy((1, [2])))
class K:
    def __init__(self): self.n = 0
    def __deepcopy__(self, memo): return 'custom'
print(copy.deepcopy(K()))
class Obj: pass
o = Obj(); wd = weakref.WeakValueDictionary(); wd['k'] = o
ws = weakref.WeakSet([o]); wk = weakref.WeakKeyDictionary({o: 1})
print(len(wd), 'k' in wd, len(ws), wk[o])
log = []
fin = weakref.finalize(o, log.append, 'finalized')
class Meth:
    def m(self): return 'm'
mo = Meth(); wm = weakref.WeakMethod(mo.m); print(wm()())
del o; gc.collect()
print(len(wd), len(ws), len(wk), log, fin.alive)
del mo; gc.collect(); print(wm())
print(keyword.iskeyword('for'), keyword.iskeyword('x'), len(keyword.kwlist) > 30)
h = [5, 1, 4]; heapq.heapify(h); heapq.heappush(h, 0); print(heapq.heappop(h), heapq.nsmallest(2, [5, 2, 8]), heapq.nlargest(1, [5, 2, 8]))
print(bisect.bisect([1, 2, 4], 3), bisect.bisect_left([1, 2, 2], 2))
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100))
print(copyreg.__newobj__.__name__, types.MappingProxyType({'a': 1})['a'], list[int], int | None)
print(types.new_class('NC', (object,)).__name__, isinstance(f, types.FunctionType), type(len) is types.BuiltinFunctionType)
print(operator.itemgetter(1)([1, 2]), operator.attrgetter('x')(a), operator.methodcaller('upper')('a'))
