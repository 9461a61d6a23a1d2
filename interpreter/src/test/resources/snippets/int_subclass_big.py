# int subclasses holding values beyond a long (IntEnum members such as 1 << 64)
class I(int): pass
for v in (5, 1 << 64, -(1 << 70)):
    x = I(v)
    print(type(x).__name__, x, type(+x).__name__, type(int(x)).__name__, x == v, hash(x) == hash(v), x + 1, repr(x))
    x.attr = 1
    print(x.attr, vars(x))
from enum import IntEnum
class BigNum(IntEnum):
    small = 1
    huge = 1 << 64
print(list(BigNum), BigNum(1 << 64), BigNum.huge + 1, isinstance(BigNum.huge, int))
