class Trace:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


def make(op):
    def fwd(self, other):
        print(f'{self}.__{op}__({other})')
        return NotImplemented if getattr(other, 'name', '') == 'refuse' else f'{self}{op}{other}'

    def rev(self, other):
        print(f'{self}.__r{op}__({other})')
        return f'r{op}({other},{self})'
    return fwd, rev


for op in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift',
           'rshift', 'and', 'or', 'xor', 'matmul']:
    f, r = make(op)
    setattr(Trace, f'__{op}__', f)
    setattr(Trace, f'__r{op}__', r)

a, b = Trace('a'), Trace('b')
refuse = Trace('refuse')
print(a + b)
print(1 - a)
print(a * refuse)
print(2 ** a)
print(a @ b, 3 @ a if False else 'skip')
print(5 >> a, a & 1, 1 | a, a ^ a)


class Sub(Trace):
    def __radd__(self, other):
        print('Sub.__radd__ first')
        return 'sub-wins'


print(a + Sub('s'))


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __add__(self, x):
        print('plain add')
        n = Acc()
        n.items = self.items + [x]
        return n


acc = Acc()
acc += 1
acc += 2
acc = acc + 3
print(acc.items)


class NoInplace:
    def __init__(self, v):
        self.v = v

    def __mul__(self, k):
        return NoInplace(self.v * k)


x = NoInplace(3)
y = x
x *= 4
print(x.v, y.v, x is y)
lst = [1]
alias = lst
lst += [2]
print(alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
