import collections
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap, UserDict
d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, d.maxlen, len(d), d[0], d[-1], 3 in d)
d.rotate(2); print(d); d.rotate(-1); print(d)
d.extendleft([9, 8]); print(d, d.count(8), d.index(8))
print(d.pop(), d.popleft(), d)
d.reverse(); print(d, list(reversed(d)), d.copy(), d == deque(d), d + deque([7]), d * 2)
d.remove(5); print(d); d.clear(); print(d, bool(d))
try: d.pop()
except IndexError as e: print(e)
dd = defaultdict(list)
dd['a'].append(1); dd['b']; print(dd, dd.default_factory, sorted(dd.items()))
print(defaultdict(int, {'x': 1}), defaultdict(None).default_factory)
try: defaultdict(None)['k']
except KeyError as e: print('KeyError', e)
c = Counter('abracadabra')
print(c.most_common(3), c['a'], c['z'], sorted(c.elements())[:5], sum(c.values()))
c2 = Counter(a=1, b=2); c2.update('aab'); print(sorted(c2.items()), c2 - Counter(a=2), c2 + Counter(c=1))
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); print(od, list(od), od.popitem(last=False))
P = namedtuple('P', 'x y', defaults=[0])
p = P(1); print(p, p.x, p.y, p._replace(x=5), p._asdict(), P._fields, P(1, 2) == (1, 2), p._make([3, 4]))
print(P.x, isinstance(p, tuple))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), sorted(cm))
class U(UserDict): pass
u = U(a=1); u['b'] = 2; print(u, len(u), 'a' in u)
class MyDeque(deque):
    pass
m = MyDeque([1, 2]); m += [3]; print(m, type(m).__name__)
import copy
print(copy.copy(deque([1, 2], 3)), copy.deepcopy(defaultdict(list, a=[1])), copy.copy(dd) == dd)
