vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e17, 1.5e-7, 123456789.123, 1e22, 1e-5, 0.0001]
for v in vals:
    print(repr(v), str(v))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.25, 1), round(1.35, 1), round(12345, -2), round(15, -1), round(25, -1))
print(round(1.23456789, 4), round(-0.5), round(1e300 * 10), type(round(2.7)).__name__)
print(float('1e500'), float('-inf'), float('nan') != float('nan'))
print(int(2.9), int(-2.9), int(1e20), float(2 ** 60))
print(1.0.is_integer(), 1.5.as_integer_ratio(), (0.1).as_integer_ratio())
print(7.0 // 2, -7.0 // 2, 7.0 % -3, -7 % 3, divmod(-7.5, 2))
print(2.0 ** -1, (-8) ** (1 / 3) if False else 'skip', 10 ** -2, 0.1 * 3)
print(3 * 1.1, 1.1 + 2.2, 100 * 1.1, 1.15 * 100)
print(float.fromhex('0x1.8p1'), (3.5).hex(), float('  -12.5e1 '))
print(sum([0.1] * 10), 1e308 * 10, -1e308 * 10)
print(max(1, 1.0), min(1.0, 1), 5 / 2, 4 / 2, -0.0, 0.0 == -0.0)
print(abs(-0.0), 1 / 3 * 3 == 1, 2 ** 0.5 * 2 ** 0.5)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    float('abc')
except ValueError as e:
    print('ValueError:', e)
print(f'{1e-300 * 1e-300}', 5e-324, 5e-324 / 2, 1.7976931348623157e308)
