# builtin iterators pickle and report __length_hint__ as CPython's; sets pickle; set keys that are sets
import pickle

it = iter([1, 2, 3]); next(it)
print(it.__reduce__()[1:], it.__length_hint__(), list(pickle.loads(pickle.dumps(it))))
r = reversed([1, 2, 3]); next(r)
print(r.__reduce__()[1:], r.__length_hint__(), list(pickle.loads(pickle.dumps(r))))
t = iter((1, 2, 3)); next(t)
print(t.__reduce__()[1:], t.__length_hint__(), list(pickle.loads(pickle.dumps(t))))
e = iter([1]); next(e); next(e, None)
print(e.__reduce__()[1:], e.__length_hint__())
it = iter([1, 2, 3]); it.__setstate__(5); print(list(it))
it = iter([1, 2, 3]); it.__setstate__(-5); print(list(it))
d = {1: 2, 3: 4, 5: 6}
for view in (d, d.keys(), d.values(), d.items()):
    i = iter(view); next(i)
    print(i.__length_hint__(), list(pickle.loads(pickle.dumps(i))))
for view in (d, d.keys(), d.values(), d.items()):
    i = reversed(view); next(i)
    print(list(pickle.loads(pickle.dumps(i))))
s = {1, 2, 3}
i = iter(s); next(i)
print(i.__length_hint__(), len(pickle.loads(pickle.dumps(i)).__reduce__()[1][0]))
print(pickle.loads(pickle.dumps(len)) is len)
print(sorted(pickle.loads(pickle.dumps({1, 2}))), pickle.loads(pickle.dumps(frozenset({3}))))
class S(set):
    pass
x = S([4])
x.attr = 'kept'
y = pickle.loads(pickle.dumps(x))
print(type(y).__name__, y, y.attr, x.__reduce__()[0] is S)
class Slotted(frozenset):
    __slots__ = ('a',)
z = Slotted([1])
print(z.__reduce__()[:2])
f = frozenset([1, 2])
print(frozenset(f) is f, f.copy() is f, type(Slotted(f)).__name__)
s = {frozenset([1])}
print({1} in s, s.discard({1}), s)
try:
    s.remove({2})
except KeyError as e:
    print('KeyError', e)
try:
    [] in s
except TypeError as e:
    print('TypeError', e)
r = reversed((1, 2, 3)); next(r)
print(list(pickle.loads(pickle.dumps(r))), r.__reduce__()[1:])
r.__setstate__(10); print(list(r))
print({1: 2}.items() == {1: 2}.items(), {1: 2}.keys() < {1: 2, 3: 4}.keys(), {1: 2}.items() != {1: 3}.items(),
      {1: []}.items() == {1: []}.items(), {1: 2}.keys() == {1}, {1: 2}.items() == {(1, 2)}, {1: 2}.items() >= set())
try:
    (0, 1, 0).index(0, 4 * 2 ** 63, -4 * 2 ** 63)
except ValueError as e:
    print(e)
