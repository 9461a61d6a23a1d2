print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 2)
x = 5
print(1 < x < 10, 1 < x > 4, 1 < x < 3, 10 > x >= 5 == 5.0)
print(1 == 1 == 1.0, 1 == 1 != 1)
print("abc" < "abd", "Z" < "a", "apple" < "app", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), (2,) > (1, 9))
print([1, 2] == [1, 2], [1, 2] is [1, 2], (1,) == (1,))
a = [1]
b = a
print(a is b, a is not b, a == [1], None is None)
print(2 in [1, 2, 3], 4 not in [1, 2], "ell" in "hello", "k" in {"k": 1})
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} == {1}, {1: 2} == {1: 2})
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(2 ** 100 > 2 ** 99, 2 ** 100 == 2.0 ** 100, 10 ** 30 < float("inf"))
print(True == 1, False < True, None == None)
print(max("b", "a", "c"), min([3, 1, 2]), sorted(["b", "A", "a"]))


def noisy(v):
    print("eval", v)
    return v


print(noisy(1) < noisy(2) < noisy(0) < noisy(5))
print(noisy(3) < noisy(2) and noisy("never"))
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", [1] == (1,), "1" != 1)
