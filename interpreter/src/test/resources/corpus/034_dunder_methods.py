class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return "Money(%d)" % self.cents

    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __le__(self, other):
        return self.cents <= other.cents

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, k):
        return Money(self.cents * k)

    def __neg__(self):
        return Money(-self.cents)

    def __bool__(self):
        return self.cents != 0

    def __hash__(self):
        return self.cents


a, b = Money(150), Money(275)
print(a, repr(b), [a, b], str(a + b), a + 5, 5 + a)
print(a == Money(150), a != b, a < b, a > b, a <= b, b >= a)
print(sum([a, b, Money(1)], 0))
print(b - a, a * 3, -a, bool(Money(0)), bool(a))
print(sorted([b, a, Money(5)]), max(a, b), min(a, b))
print(len({a, Money(150), b}))
print("%s and %r" % (a, a), "{} {!r}".format(b, b), f"{a} {a!r}")


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        return self.items[index]

    def __setitem__(self, index, value):
        self.items[index] = value

    def __delitem__(self, index):
        del self.items[index]

    def __contains__(self, item):
        print("__contains__", item)
        return item in self.items

    def __call__(self, extra):
        return len(self.items) + extra


bag = Bag("x", "y", "z")
print(len(bag), bag[0], bag[-1], bag[0:2])
bag[1] = "Y"
del bag[0]
print(bag.items, "Y" in bag, "q" not in bag, bag(10))
print(list(bag), [c for c in bag])
print(callable(bag), callable(a))
