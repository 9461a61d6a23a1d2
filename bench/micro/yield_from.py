"""Generator delegation, as json's encoder uses it: values through 10 levels of yield from, and
many delegations to short-lived one-value generators. Prints the best of 5 runs of each.
Run: ./herthon bench/micro/yield_from.py; python3.11 bench/micro/yield_from.py"""
import time


def leaf(n):
    for i in range(n):
        yield i


def level(depth, n):
    if depth == 0:
        yield from leaf(n)
    else:
        yield from level(depth - 1, n)


def one(x):
    yield x


def short_delegations(n):
    for i in range(n):
        yield from one(i)


def best(fn, *args):
    times = []
    for _ in range(5):
        t = time.perf_counter()
        fn(*args)
        times.append(time.perf_counter() - t)
    return min(times)


print("10 levels, 100000 values: %.3f s" % best(lambda: sum(level(10, 100000))))
print("one-value delegations: %.2f us each" % (best(lambda: sum(short_delegations(200000))) / 200000 * 1e6))
