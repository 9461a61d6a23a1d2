# 0/1 knapsack with dynamic programming, reconstructing the chosen items.

ITEMS = [
    ("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
    ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
]


def knapsack(items, capacity):
    n = len(items)
    best = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        name, weight, value = items[i - 1]
        row, prev = best[i], best[i - 1]
        for c in range(capacity + 1):
            row[c] = prev[c]
            if weight <= c and prev[c - weight] + value > row[c]:
                row[c] = prev[c - weight] + value
    chosen = []
    c = capacity
    for i in range(n, 0, -1):
        if best[i][c] != best[i - 1][c]:
            name, weight, value = items[i - 1]
            chosen.append(name)
            c -= weight
    return best[n][capacity], chosen[::-1]


def knapsack_1d(items, capacity):
    best = [0] * (capacity + 1)
    for _, weight, value in items:
        for c in range(capacity, weight - 1, -1):
            best[c] = max(best[c], best[c - weight] + value)
    return best[capacity]


def brute_force(items, capacity):
    top = 0
    for mask in range(1 << len(items)):
        w = v = 0
        for i, (_, weight, value) in enumerate(items):
            if mask >> i & 1:
                w += weight
                v += value
        if w <= capacity and v > top:
            top = v
    return top


scaled = [(n, w // 10 + 1, v) for n, w, v in ITEMS]
for cap in (5, 12, 20):
    value, chosen = knapsack(scaled, cap)
    print(cap, value, chosen, knapsack_1d(scaled, cap))
small = scaled[:5]
print(brute_force(small, 9), knapsack(small, 9)[0])
print(knapsack([], 10), knapsack(scaled, 0))
