def loud(v):
    print('eval', v)
    return v


print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1.0 == True)
print(loud(1) < loud(2) < loud(0) < loud(9))
print(loud(5) > loud(9) > loud(1))
x = 5
print(0 <= x < 10, 0 < x <= 4, x in range(10) in [range(10)], None is None is not False)
print('a' < 'b' < 'c', [1, 2] < [1, 3] < [2], (1, 'a') < (1, 'b'))
print(1 < 2 == 2 != 3, 1 is not None in [None])
print([] == [] is False, (1, 2) == (1, 2) != (2, 1))
vals = [3, 1, 4, 1, 5, 9, 2, 6]
print([v for v in vals if 2 <= v < 6])
try:
    1 < 'a'
except TypeError as e:
    print('TypeError:', e)
try:
    [1] < (1,)
except TypeError as e:
    print('TypeError:', e)
print(float('nan') < 1, float('inf') > 10 ** 400, -float('inf') < -10 ** 400)
print(max(1, 2.5, True), min([3, 1.5], key=lambda v: -v), sorted([True, 0, 2, -1.5]))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))
