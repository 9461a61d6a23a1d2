# Levenshtein edit distance with the full table, the alignment it implies, and a two-row version.

def edit_table(a, b):
    rows, cols = len(a) + 1, len(b) + 1
    t = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        t[i][0] = i
    for j in range(cols):
        t[0][j] = j
    for i in range(1, rows):
        for j in range(1, cols):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            t[i][j] = min(t[i - 1][j] + 1, t[i][j - 1] + 1, t[i - 1][j - 1] + cost)
    return t


def alignment(a, b):
    t = edit_table(a, b)
    i, j = len(a), len(b)
    ops = []
    while i or j:
        if i and j and t[i][j] == t[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            ops.append("=" if a[i - 1] == b[j - 1] else "~")
            i, j = i - 1, j - 1
        elif i and t[i][j] == t[i - 1][j] + 1:
            ops.append("-")
            i -= 1
        else:
            ops.append("+")
            j -= 1
    return t[len(a)][len(b)], "".join(reversed(ops))


def distance_two_rows(a, b):
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("abc", "")]:
    d, ops = alignment(a, b)
    print(repr(a), repr(b), d, ops, distance_two_rows(a, b))

t = edit_table("cat", "cut")
for row in t:
    print(" ".join(str(v) for v in row))
