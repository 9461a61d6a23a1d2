"""Helper module for the corpus: shapes (imported, not a test program)."""
import math

UNIT = 1


class ShapeError(Exception):
    pass


class Shape:
    name = "shape"

    def area(self):
        raise ShapeError("area not defined for " + self.name)

    def describe(self):
        return "%s with area %.2f" % (self.name, self.area())


class Square(Shape):
    name = "square"

    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Circle(Shape):
    name = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


def total_area(shapes):
    total = 0
    for s in shapes:
        total += s.area()
    return total


def checked_side(side):
    if side < 0:
        raise ValueError("negative side: %d" % side)
    return Square(side)
