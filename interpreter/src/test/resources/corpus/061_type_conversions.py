values = [0, 1, -5, 2.5, "text", "", [], [1], (), {}, None, True, 2 ** 70]
for v in values:
    print(repr(v), type(v).__name__, type(v), bool(v))
print(int("12"), int(3.9), int(-3.9), int("-0"), int(True), int("101", 2), int("ff", 16))
print(int("0o10", 8), int("Z", 36), int(" 7 "), int(1e3), int("١٢٣"))
print(float("2.5"), float(2), float("  -1e-3 "), float("inf"), float(True))
print(str(42), str(-0.5), str([1, "a"]), str({"a": (1,)}), str(str))
print(repr("q"), repr(1.0), repr([None]), repr(int))
print(list("ab"), list((1, 2)), list({"a": 1}), list(range(2)))
print(tuple([1]), tuple("xy"), set([1, 1, 2]) == {1, 2}, sorted(set("cba")))
print(dict(a=1, b=[2]), dict([(1, 2), (3, 4)]), dict())
print(bool(), int(), float(), str(), list(), tuple(), dict(), len(set()))
print(isinstance(1, int), isinstance(1, (str, int)), isinstance(True, int), isinstance(1, float))
print(isinstance("s", str), isinstance([], (tuple, dict)), isinstance(None, type(None)))
print(type(1) is int, type(True) is int, type(type(1)).__name__, type(int))
print(chr(65), ord("a"), hex(255), oct(64), bin(10), bin(-3))
for bad in ("abc", "1.5", "", "12a"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("7", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
