def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)


moves = []
hanoi(4, 'A', 'C', 'B', moves)
print(len(moves), moves[:5])


def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out


print([''.join(p) for p in permutations(list('abc'))])


def powerset(s):
    if not s:
        return [[]]
    rest = powerset(s[1:])
    return rest + [[s[0]] + r for r in rest]


print(sorted(powerset([1, 2, 3]), key=lambda x: (len(x), x)))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 2))


def flatten(x):
    return [y for item in x for y in (flatten(item) if isinstance(item, (list, tuple)) else [item])]


print(flatten([1, (2, [3, 4]), [[5]], []]))


def binsearch(seq, target, lo=0, hi=None):
    if hi is None:
        hi = len(seq)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if seq[mid] == target:
        return mid
    if seq[mid] < target:
        return binsearch(seq, target, mid + 1, hi)
    return binsearch(seq, target, lo, mid)


s = list(range(0, 40, 3))
print([binsearch(s, t) for t in (0, 9, 39, 10)])
