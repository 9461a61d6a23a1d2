def two(a, b):
    return a + b


def kwonly(a, *, key):
    return a, key


def defaults(a, b=1, c=2):
    return a


def posonly(a, b, /):
    return a


class K:
    def method(self, x):
        return x


calls = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, c=3),
    lambda: two(1, a=1),
    lambda: two(1, b=2, a=3),
    lambda: kwonly(1),
    lambda: kwonly(1, 2),
    lambda: kwonly(1, key=2, other=3),
    lambda: defaults(),
    lambda: defaults(1, 2, 3, 4),
    lambda: posonly(a=1, b=2),
    lambda: K().method(),
    lambda: K().method(1, 2),
    lambda: K.method(1),
    lambda: two(*[1, 2, 3]),
    lambda: two(**{"a": 1, "b": 2, "c": 3}),
    lambda: two(1, **{"a": 1}),
    lambda: len(),
    lambda: len(1, 2),
    lambda: "abc".split(1),
    lambda: int("1", "2", "3"),
]
for call in calls:
    try:
        call()
        print("no error?")
    except TypeError as e:
        print("TypeError:", e)
