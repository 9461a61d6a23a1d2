def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def take(n, gen):
    out = []
    for _ in range(n):
        out.append(next(gen))
    return out


def pi_terms():
    sign = 1
    k = 1
    while True:
        yield sign * 4 / k
        sign = -sign
        k += 2


def partial_sums(gen):
    total = 0
    try:
        for x in gen:
            total += x
            yield total
    finally:
        gen.close()


c = count(10, 5)
print(take(4, c))
c.close()
ps = partial_sums(pi_terms())
print([round(v, 4) for v in take(6, ps)])
ps.close()


def triangle():
    row = [1]
    while True:
        yield row
        row = [1] + [a + b for a, b in zip(row, row[1:])] + [1]


t = triangle()
for r in take(6, t):
    print(' '.join(map(str, r)).center(20))
t.close()
