print([x * 2 for x in range(5)])
print([x for x in range(10) if x % 3 == 0])
print([x if x % 2 else -x for x in range(5)])
print([(a, b) for a in range(3) for b in "xy"])
print([[r * c for c in range(3)] for r in range(3)])
print([y for row in [[1, 2], [3], []] for y in row])
print(sorted({c for c in "mississippi"}))
print({k: v for k, v in zip("abc", range(3))})
print({n: n ** 2 for n in range(5) if n % 2 == 0})
words = ["apple", "bob", "kiwi"]
print({w: len(w) for w in words})
print({len(w) for w in words} == {3, 4, 5})
x = "outer x"
print([x for x in "ab"], x)
print([i * j for i in range(1, 4) if i != 2 for j in range(i) if j])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print([[row[i] for row in matrix] for i in range(3)])
fs = [lambda: n for n in range(3)]
print([f() for f in fs])
print([n for n in range(20) if n % 2 if n % 3])
print({(i, j): i + j for i in range(2) for j in range(2)})
