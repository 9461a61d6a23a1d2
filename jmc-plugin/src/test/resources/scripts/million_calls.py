# One million Herthon calls (the report must stay interactive): a small tree repeated.
def leaf(i):
    return i & 7


def branch(i):
    return leaf(i) + leaf(i + 1) + leaf(i + 2) + leaf(i + 3)


def level(n):
    total = 0
    for i in range(n):
        total += branch(i)
    return total


print(level(200000))
