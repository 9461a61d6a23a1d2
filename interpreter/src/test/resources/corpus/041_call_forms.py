def show(a, b=0, *args, c=None, **kwargs):
    return "a=%r b=%r args=%r c=%r kwargs=%r" % (a, b, args, c, sorted(kwargs.items()))


print(show(1))
print(show(1, 2))
print(show(a=1, b=2))
print(show(b=2, a=1))
print(show(1, 2, 3, 4))
print(show(1, c=5))
print(show(1, 2, 3, c=4, d=5))
args = [10, 20, 30]
kwargs = {"c": "C", "z": "Z"}
print(show(*args))
print(show(*args, **kwargs))
print(show(1, *args, c=2, **{"y": 3}))
print(show(*"xy", *[1], **{"c": 0}, **{"w": 1}))
print(show(*range(3), x=1, **kwargs))
print(show(**{"a": "only kw"}))
print(show(*(), **{}) if False else show(*(0,), **{}))


def pos_only(x, y, /, z=0):
    return x, y, z


print(pos_only(1, 2), pos_only(1, 2, z=3), pos_only(*[1, 2, 3]))


def kw(*, key):
    return key


print(kw(key="k"), kw(**{"key": "k2"}))
print(max(*[3, 1, 2]), print(*["printed", "by", "print"], sep="-"))
print(dict(a=1, **{"b": 2}), list(*["abc"]))
f = show
print(f(1, 2), (lambda *a, **k: (a, k))(1, k=2))
