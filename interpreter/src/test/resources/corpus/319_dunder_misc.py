class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __eq__(self, other):
        return self.rows == other.rows

    __hash__ = None

    def __repr__(self):
        return 'Matrix(' + repr(self.rows) + ')'

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def __delitem__(self, i):
        del self.rows[i]

    def __pos__(self):
        return Matrix(self.rows)

    def __invert__(self):
        return Matrix(zip(*self.rows))

    def __round__(self, n=0):
        return Matrix([[round(x, n) for x in r] for r in self.rows])


m = Matrix([[1, 2], [3, 4]])
print(m @ m)
print(~m, +m == m, m[1, 0])
m[0, 1] = 20
print(m)
print(round(Matrix([[1.256, 2.5]]), 1), round(Matrix([[0.5, 1.5]])))
del m[0]
print(m, len(m), list(m))
try:
    hash(m)
except TypeError as e:
    print('TypeError:', e)


class Num:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __complex__(self):
        return complex(self.v, 1)

    def __trunc__(self):
        return 99

    def __bool__(self):
        return self.v != 0


n = Num(3.7)
print(int(n), float(n), complex(n), bool(Num(0)), bool(n))
print(divmod(17, 5), pow(2, 10), abs(-3))
