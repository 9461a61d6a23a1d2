# fractions.Fraction: construction, arithmetic with ints/floats/complex, limit_denominator, from_float, hashing.
import math
import sys
sys.modules["_decimal"] = None   # fractions imports decimal: the same pure-Python one on both
from decimal import Decimal
from fractions import Fraction as F

print(F(3, 4), F(-6, 8), F(6, -8), F(0, 5), F(7), F("3/7"), F(" -12/18 "), F("1.25"), F("2e-3"), F("-.5"), F("1_000/3"))
print(repr(F(1, 3)), str(F(4, 2)), F(1, 3).numerator, F(1, 3).denominator, F(F(1, 2), F(3, 4)), F(Decimal("0.75")))
print(F(1, 2) + F(1, 3), F(1, 2) - F(3, 4), F(2, 3) * F(9, 4), F(2, 3) / F(4, 9), F(7, 2) // F(1, 3), F(7, 2) % F(1, 3))
print(F(1, 2) + 1, 1 - F(1, 3), 2 * F(3, 7), 1 / F(5, 2), F(1, 2) + 0.25, 0.5 * F(1, 3), F(1, 2) + 1j)
print(F(2, 3) ** 3, F(2, 3) ** -2, F(4, 9) ** 0.5, 2 ** F(1, 2), F(-8, 27) ** F(1, 3) if False else "skip", F(1, 2) ** 0)
print(divmod(F(7, 2), F(2, 3)), divmod(-F(7, 2), 2), -F(1, 3), +F(1, 3), abs(F(-5, 6)), F(5, 6) != F(10, 12))
print(F(1, 3) < F(1, 2), F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) < 0.6, F(3, 1) == 3, F(1, 2) >= F(2, 4), F(0) == 0.0)
print(sorted([F(1, 2), F(1, 3), 0.4, 1, F(-1, 5)]), max(F(7, 3), 2.3), min(F(1, 10), Decimal("0.05")) if False else "n/a")
print(math.floor(F(7, 2)), math.ceil(F(7, 2)), math.trunc(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(22, 7), 3), round(F(-15, 10)))
print(int(F(-7, 3)), float(F(1, 3)), complex(F(1, 4)), bool(F(0, 3)), bool(F(1, 9)), F(5, 10).as_integer_ratio())

print(F.from_float(0.1), F.from_float(0.5), F.from_float(-2.75), F(0.1), F.from_decimal(Decimal("3.1415")))
print(F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(100), F(math.pi).limit_denominator(10))
print(F("3.141592653589793").limit_denominator(), F(1, 3).limit_denominator(2), F(-7, 9).limit_denominator(3))
print(F(10, 7).limit_denominator(1), F(0.3).limit_denominator(20), F(123456, 654321).limit_denominator(1000))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)) == hash(F(2, 6)), hash(F(-1)) == hash(-1))
print(F(1, 2).is_integer() if hasattr(F, "is_integer") else "no is_integer", F(22, 7).__floor__(), F(3, 4).conjugate(), F(3, 4).real, F(3, 4).imag)

total = F(0)
for n in range(1, 11):
    total += F(1, n)
print("H10 =", total, float(total))
egyptian = []
rest = F(7, 15)
while rest:
    unit = F(1, math.ceil(1 / rest))
    egyptian.append(unit)
    rest -= unit
print("7/15 =", " + ".join(str(u) for u in egyptian))

for bad in ("1/0", "abc", "1/2/3", "1.5/2", ""):
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
for args in ((1, 0), (1.5, 2), ("1", 2)):
    try:
        F(*args)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    F(1, 2) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    F(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    F(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)
print(format(F(1, 3), "") if sys.version_info >= (3, 12) else str(F(1, 3)), "%s" % F(2, 4), f"{F(5, 4)!r}")
