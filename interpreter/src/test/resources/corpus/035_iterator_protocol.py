class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


for n in Countdown(3):
    print(n)
print(list(Countdown(4)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "exhausted"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")


class Repeater:
    def __init__(self, value, times):
        self.value, self.times = value, times

    def __iter__(self):
        for _ in range(self.times):
            yield self.value


print(list(Repeater("ab", 3)), "xy" in Repeater("ab", 2))
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
a, b, c = Countdown(3)
print(a, b, c)
lst = [10, 20, 30]
li = iter(lst)
print(type(li).__name__, next(li), list(li), list(li))
print(list(zip(Countdown(3), "abc")))


class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(OnlyGetitem()), 20 in OnlyGetitem())
