class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.calls, len(fib.cache))
print(callable(fib), callable(3), callable(Memo))


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *, times=1):
        return x + self.n * times


add5 = Adder(5)
print(add5(1), add5(1, times=3), list(map(add5, [1, 2, 3])))
try:
    add5()
except TypeError as e:
    print('TypeError:', e)


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


c = Counter()
it = iter(c, 4)
print(list(it))


class Compose:
    def __init__(self, *fns):
        self.fns = fns

    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x


f = Compose(str, abs, lambda v: v - 10)
print(repr(f(3)))
