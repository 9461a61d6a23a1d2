import abc, copy, types, copyreg, keyword, reprlib, heapq, bisect, operator
class Base(abc.ABC):
    @abc.abstractmethod
    def m(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
try: Base()
except TypeError as e: print(e)
class Impl(Base):
    def m(self): return 1
    p = 2
print(Impl().m(), Impl().p, isinstance(Impl(), Base), issubclass(Impl, Base), sorted(Base.__abstractmethods__))
class Reg(abc.ABC): pass
Reg.register(int); print(isinstance(1, Reg), isinstance('a', Reg), issubclass(bool, Reg))
class Pt:
    def __init__(self, x, l): self.x = x; self.l = l
a = Pt(1, [1, 2]); b = copy.copy(a); c = copy.deepcopy(a)
print(b.l is a.l, c.l is a.l, c.l == a.l, c.x)
class Sl:
    __slots__ = ('u', 'v')
s = Sl(); s.u = 1; s.v = [2]; s2 = copy.deepcopy(s); print(s2.u, s2.v, s2.v is s.v)
class St:
    def __init__(self): self.a = 1
    def __getstate__(self): return {'a': self.a * 10}
    def __setstate__(self, st): self.a = st['a'] + 1
print(copy.copy(St()).a)
print(copy.deepcopy({'a': [1, (2, 3)]}), copy.copy([1, 2]), copy.deepcopy((1, [2])))
mp = types.MappingProxyType({'k': 1}); print(mp['k'], len(mp), list(mp), mp.get('z', 0))
try: mp['k'] = 2
except TypeError as e: print(e)
print(list[int], int | None, types.GenericAlias(list, (int,)), types.UnionType, types.FunctionType.__name__)
print(types.new_class('NC', (object,)).__name__, type(len) is types.BuiltinFunctionType)
print(keyword.iskeyword('for'), keyword.issoftkeyword('match'), keyword.iskeyword('x'))
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100))
h = [5, 1, 4]; heapq.heapify(h); heapq.heappush(h, 0); print(heapq.heappop(h), heapq.nsmallest(2, [5, 2, 8]), list(heapq.merge([1, 3], [2])))
print(bisect.bisect([1, 2, 4], 3), bisect.bisect_left([1, 2, 2], 2), operator.itemgetter(1, 0)('ab'), operator.attrgetter('x')(a))
