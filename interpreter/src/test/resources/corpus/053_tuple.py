t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1], t[:2])
single = (1,)
empty = ()
print(single, empty, type(single).__name__, len(empty))
print((1, 2) + (3,), (0,) * 3, 2 in t, t.index(3.0), (1, 1, 2).count(1))
a, b, c = t
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
try:
    t[0] = 100
except TypeError as e:
    print("TypeError:", e)
mutable_inside = ([1], 2)
mutable_inside[0].append(3)
print(mutable_inside)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple())
print((1, 2) < (1, 3), (1, 2) == (1, 2), max((3, 1), (2, 9)))
print(hash((1, 2)) == hash((1, 2)))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(1, 2)], d[0, 0])
x = 1, 2, 3
print(x, type(x).__name__)
print(repr((1,)), repr(("a", None)), str(()))


def pair():
    return "left", "right"


l, r = pair()
print(l, r, pair())
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
