class Money:
    def __init__(self, cents, cur='EUR'):
        self.cents = cents
        self.cur = cur

    def __repr__(self):
        return f'{self.cents // 100}.{self.cents % 100:02d} {self.cur}'

    def _check(self, other):
        if isinstance(other, Money) and other.cur != self.cur:
            raise ValueError(f'currency mismatch: {self.cur} vs {other.cur}')

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other, self.cur)
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other)
        return Money(self.cents + other.cents, self.cur)

    def __radd__(self, other):
        print('radd with', other)
        return self.__add__(other)

    def __sub__(self, other):
        self._check(other)
        return Money(self.cents - other.cents, self.cur)

    def __mul__(self, k):
        if not isinstance(k, int):
            return NotImplemented
        return Money(self.cents * k, self.cur)

    __rmul__ = __mul__

    def __neg__(self):
        return Money(-self.cents, self.cur)

    def __abs__(self):
        return Money(abs(self.cents), self.cur)

    def __iadd__(self, other):
        print('iadd')
        self.cents += other.cents
        return self

    def __floordiv__(self, n):
        return Money(self.cents // n, self.cur)

    def __mod__(self, n):
        return Money(self.cents % n, self.cur)


a = Money(1050)
b = Money(299)
print(a + b, a - b, a * 3, 2 * b)
print(sum([a, b, Money(1)]))
print(abs(-(b - a)))
c = a
c += b
print(c, a, c is a)
print(a // 3, a % 7)
try:
    a * 1.5
except TypeError as e:
    print('TypeError:', e)
try:
    a + Money(1, 'USD')
except ValueError as e:
    print('ValueError:', e)
try:
    'x' + a
except TypeError as e:
    print('TypeError:', e)
