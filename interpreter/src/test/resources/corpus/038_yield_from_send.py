def inner():
    yield 1
    yield 2
    return "inner result"


def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3


print(list(outer()))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(2))))


def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)


def echo():
    received = None
    while True:
        received = yield "echo: %s" % received


e = echo()
print(next(e), e.send("hi"), e.send("there"))


def delegating():
    r = yield from accumulator()
    yield "delegated got %d" % r


d = delegating()
next(d)
d.send(4)
d.send(6)
print(d.send(None))
