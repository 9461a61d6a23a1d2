def make_accumulator(start=0):
    total = start

    def add(x):
        nonlocal total
        total += x
        return total
    return add


acc = make_accumulator(10)
print(acc(5), acc(5), acc(-20))
acc2 = make_accumulator()
print(acc2(1), acc(0))


def make_stack():
    items = []

    def push(x):
        items.append(x)

    def pop():
        return items.pop()

    def peek():
        return items[-1] if items else None
    return {'push': push, 'pop': pop, 'peek': peek, 'size': lambda: len(items)}


s = make_stack()
s['push'](1)
s['push'](2)
print(s['peek'](), s['size'](), s['pop'](), s['size']())


def rate_limiter(limit):
    calls = []

    def allow(t):
        while calls and calls[0] <= t - 10:
            calls.pop(0)
        if len(calls) < limit:
            calls.append(t)
            return True
        return False
    return allow


allow = rate_limiter(3)
print([allow(t) for t in [0, 1, 2, 3, 9, 11, 12, 13, 14, 25]])


def memo_fib():
    cache = {0: 0, 1: 1}

    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib, cache


fib, cache = memo_fib()
print(fib(40), len(cache))
fns = {}
for name in ['double', 'triple']:
    factor = {'double': 2, 'triple': 3}[name]
    fns[name] = (lambda f: lambda x: x * f)(factor)
print(fns['double'](7), fns['triple'](7))
