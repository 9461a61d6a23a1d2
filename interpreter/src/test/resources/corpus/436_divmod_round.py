# Integer and float division corners: floor division and modulo signs, divmod, round half even.

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3), (-6, 3)]
for a, b in pairs:
    print("%3d %3d -> // %3d  %% %3d  divmod %s" % (a, b, a // b, a % b, divmod(a, b)))

fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 1), (1e308, 1e-308), (5.0, 0.5), (-1e-20, 3.0)]
for a, b in fpairs:
    print(repr(a), repr(b), "->", a // b, a % b, divmod(a, b))

print(divmod(2 ** 65 + 3, 7), divmod(-(2 ** 65), 7), (2 ** 65) % -7)
print(-7 // 2.0, -7 % 2.0, 7 % -0.5, -0.0 % 5)

for bad in ((1, 0), (1.0, 0), (1, 0.0), (0, 0)):
    try:
        divmod(*bad)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# round: half to even, negative ndigits, floats that are not exactly representable
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5)])
print([round(x, 1) for x in (0.25, 0.35, 2.675, 1.05, -1.15)])
print(round(1234567, -3), round(1235000, -4), round(-1250, -2), round(-1350, -2))
print(round(15, -1), round(25, -1), round(5, -1), round(123.456, -2), round(0.0, 3))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 2)), round(7, 2))
print(round(2 ** 80 + 1, -20) == 2 ** 80 - (2 ** 80 % 10 ** 20) + (10 ** 20 if (2 ** 80 % 10 ** 20) * 2 > 10 ** 20 else 0))
print(round(float("inf"), 2), round(-0.0), round(-0.4))
for bad in (float("inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)

class Roundable:
    def __round__(self, ndigits=None):
        return ("rounded", ndigits)

print(round(Roundable()), round(Roundable(), 3))
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)

# true division of big ints is correctly rounded
print(10 ** 30 / 3, (2 ** 1000) / (2 ** 999), 1 / 3 * 3 == 1.0)
try:
    (2 ** 2000) / 1
except OverflowError as e:
    print("OverflowError:", e)
print((2 ** 2000) // (2 ** 1990), -(2 ** 70) // 3)
