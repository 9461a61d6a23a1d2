matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 == 0])
print({x % 5 for row in matrix for x in row})
print({r[0]: sum(r) for r in matrix if sum(r) > 10})
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2])
words = ['apple', 'Banana', 'cherry', 'date', 'Elder', 'fig']
print({w[0].lower(): w for w in words})
print(sorted({len(w) for w in words}))
print([w.upper() if len(w) > 4 else w for w in words])
print([[c for c in w if c in 'aeiou'] for w in words[:3]])
print([y for x in range(5) if x > 1 for y in range(x) if y % x == 1])
grid = [[(r * 3 + c) % 4 for c in range(5)] for r in range(3)]
for row in grid:
    print(' '.join(str(v) for v in row))
print([n for n in range(2, 40) if all([n % d for d in range(2, int(n ** 0.5) + 1)])])
counts = {}
[counts.__setitem__(ch, counts.get(ch, 0) + 1) for ch in 'mississippi']
print(sorted(counts.items()))
x = 'outer'
res = [x for x in range(3)]
print(x, res)
print([(lambda v: v * k)(2) for k in range(3)])
fs = [lambda: k for k in range(3)]
print([f() for f in fs])
print([walrus := n * 2 for n in range(3)], walrus)
print([total := 0] and [total := total + v for v in [1, 2, 3]], total)
