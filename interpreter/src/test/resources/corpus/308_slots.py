class Vec:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Vec({self.x}, {self.y})'

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)


v = Vec(1, 2)
print(v, Vec.__slots__)
v.y = 9
print(v, v + Vec(10, 10))


class Vec3(Vec):
    __slots__ = ('z',)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f'Vec3({self.x}, {self.y}, {self.z})'


print(Vec3(1, 2, 3), Vec3.__slots__, isinstance(Vec3(0, 0, 0), Vec))


class Loose(Vec):
    pass


lo = Loose(1, 2)
lo.extra = 'ok'
print(lo.extra, lo)
print(sum((Vec(i, i * i) for i in range(5)), Vec(0, 0)))
