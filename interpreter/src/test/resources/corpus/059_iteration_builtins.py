for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], start=10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip("a", "b", "c")))
print(dict(zip(["k1", "k2"], [1, 2])))
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(len, ["", "ab"])))
print(list(filter(None, [0, 1, "", "a", None, []])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
m = map(lambda x: x * 10, [1, 2, 3])
print(type(m).__name__, next(m), list(m))
z = zip("ab", "cd")
print(type(z).__name__, list(z), list(z))
e = enumerate("q")
print(type(e).__name__, next(e))
calls = []


def counter():
    calls.append(1)
    return len(calls)


print(list(iter(counter, 4)))
print(list(zip(*[(1, "a"), (2, "b")])))
print(sum(1 for _ in filter(lambda n: n % 2, range(10))))
print(list(map(lambda a, b: a + b, "xy", "zw")))
print(sorted(zip("cab", range(3))), list(enumerate(reversed("ab"))))
