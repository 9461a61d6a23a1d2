class Shape:
    def __init__(self, name):
        self._name = name

    @property
    def name(self):
        return self._name.title()

    @property
    def area(self):
        return 0

    def __str__(self):
        return f'{self.name} with area {self.area:.2f}'


class Square(Shape):
    def __init__(self, side):
        super().__init__('square')
        self.side = side

    @property
    def area(self):
        return self.side ** 2

    @Shape.name.getter
    def name(self):
        return 'SQ:' + super().name


class Circle(Shape):
    def __init__(self, r):
        super().__init__('circle')
        self._r = r

    @property
    def radius(self):
        return self._r

    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError('negative radius')
        self._r = v

    area = property(lambda self: 3.14159 * self._r ** 2)


for s in [Shape('blob'), Square(3), Circle(2)]:
    print(s)
c = Circle(1)
c.radius = 3
print(c.radius, round(c.area, 3))
try:
    c.radius = -1
except ValueError as e:
    print('ValueError:', e)
try:
    Square(2).area = 5
except AttributeError:
    print('area is read-only')
print(type(Square.name).__name__, Square.name.fset, Circle.radius.fset.__name__)
