class Vector:
    def __init__(self, *components):
        self.c = tuple(components)

    def __repr__(self):
        return f'Vector{self.c}'

    def __len__(self):
        return len(self.c)

    def __iter__(self):
        return iter(self.c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.c[i])
        return self.c[i]

    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c

    def __hash__(self):
        return hash(self.c)

    def __add__(self, other):
        if len(self) != len(other):
            raise ValueError('dimension mismatch')
        return Vector(*(a + b for a, b in zip(self, other)))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))

    def __rmul__(self, k):
        return self * k

    def __abs__(self):
        return sum(a * a for a in self) ** 0.5

    def __bool__(self):
        return any([a != 0 for a in self])

    def __neg__(self):
        return self * -1

    def __format__(self, spec):
        return '<' + ', '.join(format(a, spec) for a in self) + '>'


v = Vector(3, 4)
w = Vector(1, 2)
print(v + w, v * 2, 3 * w, v * w, abs(v), -v, bool(Vector(0, 0)), bool(v))
print(v[0], v[-1], v[:1], len(v), list(v), v == Vector(3, 4), {v: 1}[Vector(3, 4)])
print(f'{Vector(1.5, 2.25):.1f}', format(v, '03d'))
try:
    v + Vector(1, 2, 3)
except ValueError as e:
    print('ValueError:', e)
