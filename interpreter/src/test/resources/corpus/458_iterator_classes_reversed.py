# Iterator classes: __iter__/__next__, __reversed__, __length_hint__, iter() on __getitem__.

class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)

    def __reversed__(self):
        return iter(range(1, self.start + 1))

    def __len__(self):
        return self.start


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

    def __length_hint__(self):
        return self.n


c = Countdown(4)
print(list(c), list(reversed(c)), sorted(c), len(c), sum(c), max(c))
it = iter(c)
print(next(it), next(it), it.__length_hint__(), list(it), next(it, "done"))
print(list(zip(c, "abc")), dict(zip("xy", c)), [x for x in c if x % 2])


class Squares:
    """Old-style sequence iteration: only __getitem__, stopping at IndexError."""

    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Squares()), 9 in Squares(), 7 in Squares(), list(reversed([*Squares()])))
sq = iter(Squares())
print(type(sq).__name__, next(sq), next(sq))


class NotIterable:
    __iter__ = None


for obj in (NotIterable(), 5, None):
    try:
        iter(obj)
    except TypeError as e:
        print("TypeError:", e)


class BadIter:
    def __iter__(self):
        return 42


try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)


class NoReversed:
    def __iter__(self):
        return iter([1, 2])

try:
    reversed(NoReversed())
except TypeError as e:
    print("TypeError:", e)


class SeqReversed:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "abc"[i]

print(list(reversed(SeqReversed())), list(SeqReversed()))

# iterators are exhausted once
once = iter([1, 2, 3])
print(list(once), list(once), sum(iter([])))

# iter(callable, sentinel)
values = [3, 2, 1, 0, 5]
print(list(iter(values.pop, 1)), values)

# unpacking uses the iterator protocol
a, *rest = Countdown(3)
print(a, rest)
first, second = Squares.__getitem__(None, 1), Squares.__getitem__(None, 2)
print(first, second)
