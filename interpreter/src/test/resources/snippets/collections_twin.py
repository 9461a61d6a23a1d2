from _collections import deque, defaultdict, _count_elements, _tuplegetter
d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, d.maxlen, len(d), d[0], d[-1], 3 in d)
d.rotate(2); print(d); d.rotate(-1); print(d)
d.extendleft([9, 8]); print(d, d.count(8), d.index(8))
print(d.pop(), d.popleft(), d)
d.reverse(); print(d, list(reversed(d)), d.copy(), d == deque(d), d + deque([7]), d * 2)
d.remove(5); print(d); d.clear(); print(d, bool(d))
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(5), lambda: deque([1]).index(5),
          lambda: deque([1])[5], lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque(maxlen=-1), lambda: deque() + [1],
          lambda: hash(deque())]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
it = iter(deque([1, 2]))
dq = deque([1, 2]); it = iter(dq); next(it); dq.append(3)
try: next(it)
except RuntimeError as e: print(e)
class MyDeque(deque): pass
m = MyDeque([1, 2]); m += [3]; print(m, type(m).__name__, m.__reduce__()[0].__name__)
dd = defaultdict(list)
dd['a'].append(1); dd['b']; print(dd, dd.default_factory, sorted(dd.items()))
print(defaultdict(int, {'x': 1}), defaultdict(None).default_factory, dd.copy(), type(dd.copy()).__name__)
try: defaultdict(None)['k']
except KeyError as e: print('KeyError', e)
try: defaultdict(5)
except TypeError as e: print(e)
dd.default_factory = int; print(dd['z'], dd.__reduce__()[:2])
c = {}; _count_elements(c, 'abracadabra'); print(sorted(c.items()))
class T(tuple):
    x = _tuplegetter(0, 'first')
    y = _tuplegetter(1, 'second')
t = T((3, 4)); print(t.x, t.y, T.x.__doc__)
print(deque[int], defaultdict.__module__, deque.__module__)
