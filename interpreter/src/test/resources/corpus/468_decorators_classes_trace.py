# Line events of decorated functions and classes, class bodies, and calls of decorated callables.

def tag(name):
    def wrap(fn):
        def inner(*args, **kwargs):
            print("enter", name)
            return fn(*args, **kwargs)
        inner.__wrapped__ = fn
        return inner
    return wrap


def register(cls):
    REGISTRY.append(cls.__name__)
    return cls


REGISTRY = []


@register
class Shape:
    sides = 0

    @tag("area")
    def area(self):
        return 0

    @staticmethod
    @tag("unit")
    def unit():
        return Shape()

    @classmethod
    def named(cls,
              label):
        obj = cls()
        obj.label = label
        return obj

    @property
    def description(self):
        return "%s with %d sides" % (type(self).__name__, self.sides)


@register
class Square(Shape):
    sides = 4

    def __init__(self, side=1):
        self.side = side

    @tag("square-area")
    def area(self):
        return self.side ** 2


print(REGISTRY)
print(Shape.unit().area(), Square(3).area())
s = Square.named("sq")
print(s.label, s.description, s.area())


@tag("outer")
@tag("inner")
def greet(who):
    return "hi " + who


print(greet("there"))
print(greet.__wrapped__.__name__)
