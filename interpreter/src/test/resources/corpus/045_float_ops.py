print(1.5 + 2, 3 * 0.1, 1 - 0.9, 2.0 * 3)
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.0 % -2)
print(2 ** 0.5, 4 ** 0.5, 10.0 ** -3, 1.1 ** 2)
print(1e16 + 1, 2 ** 53 + 1.0, float(2 ** 53 + 1))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234.5678, -2))
print(round(0.125, 2), round(0.375, 2), round(7.0), type(round(7.5)).__name__)
print(int(3.9), int(-3.9), float(3), float("3.25"), float("-0"))
inf = float("inf")
print(inf + 1, -inf, inf * 0, inf > 10 ** 300, 1 / inf)
print(max(1.5, 2), min(-0.0, 0.0), abs(-2.5), abs(-0.0))
print(3.0.hex(), float.fromhex("0x1.8p1"), (0.5).as_integer_ratio())
print(1.0 / 3 * 3, 0.1 * 10, sum([0.1] * 10))
print(5.0 == 5, 5.5 > 5, 0.0 == -0.0, str(-0.0), repr(1e-7))
print(100.0, 1e100, 1.23e-45, 123e4, 9.999999999999999e22)
print(float("1e500"), float("-1e500"), 1e-400)
print("%.3f %.0f %e %g %g %g" % (2 / 3, 2.5, 12345.678, 0.0001, 1e-5, 123456789.0))
print(divmod(-7.5, 2), 2.5 // 0.5, 1e300 * 1e300)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError:
    print("OverflowError raised")
print(float(10 ** 20), 10 ** 20 / 10, 10 ** 22 / 10 ** 21)
