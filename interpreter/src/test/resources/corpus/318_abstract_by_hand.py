class Shape:
    abstract = ('area', 'perimeter')

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in Shape.abstract if getattr(cls, m) is getattr(Shape, m)]
        cls._missing = missing

    def __new__(cls, *args, **kw):
        if cls is Shape or cls._missing:
            raise TypeError(f"Can't instantiate {cls.__name__} without {', '.join(getattr(cls, '_missing', Shape.abstract))}")
        return super().__new__(cls)

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f'{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}'


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


class Circle(Shape):
    PI = 3.141592653589793

    def __init__(self, r):
        self.r = r

    def area(self):
        return self.PI * self.r ** 2

    def perimeter(self):
        return 2 * self.PI * self.r


class Half(Shape):
    def area(self):
        return 0


for cls, arg in [(Square, 3), (Circle, 1.5), (Half, None), (Shape, None)]:
    try:
        obj = cls(arg) if arg is not None else cls()
        print(obj.describe())
    except TypeError as e:
        print('TypeError:', e)
shapes = sorted([Square(2), Circle(1), Square(1.5)], key=lambda s: s.area())
print([type(s).__name__ for s in shapes])
