class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


class ManualIter:
    def __init__(self, data):
        self.data = data
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.data):
            raise StopIteration
        v = self.data[self.i]
        self.i += 1
        return v


c = Countdown(3)
print(list(c), list(c), sum(c))
m = ManualIter('xyz')
print(next(m), list(m), list(m))
for a, b in zip(Countdown(3), ManualIter('abcd')):
    print(a, b, end='; ')
print()
chunks = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(chunks), '')))
state = {'n': 0}


def tick():
    state['n'] += 1
    return state['n'] * state['n']


print(list(iter(tick, 49)))


class NotIterable:
    pass


try:
    iter(NotIterable())
except TypeError as e:
    print('TypeError:', e)
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)


class BadIter:
    def __iter__(self):
        return 42


try:
    for _ in BadIter():
        pass
except TypeError as e:
    print('TypeError:', e)
a, *rest = Countdown(4)
print(a, rest)
first, second, *_ = ManualIter([10, 20, 30, 40])
print(first, second, _)
print(dict(zip(Countdown(3), 'abc')), list(enumerate(Countdown(2))))
