import shapes_mod
import shapes_mod as sm
from shapes_mod import Square, Circle
from shapes_mod import total_area as total
import math, sys

print(shapes_mod is sm, sm.__name__, shapes_mod.UNIT)
print(Square(3).area(), round(Circle(1).area(), 5))
print(total([Square(1), Square(2)]))
print(type(sm).__name__, "shapes_mod" in sys.modules)
print(math.floor(2.5), sys.modules["shapes_mod"] is sm)
import shapes_mod
print("second import reuses the module:", shapes_mod is sm)


def local_import():
    import star_mod
    from math import sqrt
    return star_mod.helper(21), sqrt(16)


print(local_import())
print("star_mod" in dir(), "sqrt" in dir())
