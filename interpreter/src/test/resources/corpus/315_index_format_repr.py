class Nth:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


data = list(range(10))
print(data[Nth(3)], data[Nth(1):Nth(7):Nth(2)])
print(bin(Nth(5)), hex(Nth(255)), oct(Nth(8)))
print(range(Nth(4)), 'ab' * Nth(3))
print(int.from_bytes(bytes([1, 2]), 'big'), (Nth(7)).__index__())

print([10, 20, 30][Nth(2)])


class Color:
    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b

    def __repr__(self):
        return f'Color({self.r}, {self.g}, {self.b})'

    def __str__(self):
        return f'rgb({self.r},{self.g},{self.b})'

    def __format__(self, spec):
        if spec == 'hex':
            return '#%02x%02x%02x' % (self.r, self.g, self.b)
        if spec == '':
            return str(self)
        return format(str(self), spec)


c = Color(255, 128, 0)
print(c)
print(repr(c))
print(f'{c:hex} {c!r} {c!s} [{c:>20}] [{c:*^24}]')
print('{0:hex}|{0}|{0!r}'.format(c))
print(format(c, 'hex'), [c])
print(str([c]), '%s %r' % (c, c))


class Plain:
    pass


try:
    format(Plain(), 'x')
except TypeError as e:
    print('TypeError:', e)
print(format(Plain.__name__, '>8'))
