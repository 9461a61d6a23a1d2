PUZZLE = """
1...
..2.
.3..
...4
"""
N = 4
B = 2


def parse(text):
    rows = [r for r in text.split() if r]
    return [[0 if ch == '.' else int(ch) for ch in r] for r in rows]


def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(N)}
    br, bc = B * (r // B), B * (c // B)
    used |= {g[i][j] for i in range(br, br + B) for j in range(bc, bc + B)}
    return [d for d in range(1, N + 1) if d not in used]


def solve(g):
    for r in range(N):
        for c in range(N):
            if g[r][c] == 0:
                for d in candidates(g, r, c):
                    g[r][c] = d
                    if solve(g):
                        return True
                g[r][c] = 0
                return False
    return True


grid = parse(PUZZLE)
print(solve(grid))
for row in grid:
    print(' '.join(map(str, row)))
print(all([sorted(r) == list(range(1, N + 1)) for r in grid]))
print(solve(parse('12..\n3412\n2143\n4321')))
