def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "finished"


g = count_up(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(list(count_up(4)))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")


for v in with_finally():
    print("got", v)


def lazy():
    print("lazy body starts")
    yield "value"


lz = lazy()
print("generator created")
print(next(lz))


def evens(limit):
    for n in range(limit):
        if n % 2 == 0:
            yield n


print(sum(evens(10)), max(evens(7)))


def gen_in_gen():
    for word in ("ab", "cd"):
        for ch in word:
            yield ch.upper()


print("".join(gen_in_gen()))
