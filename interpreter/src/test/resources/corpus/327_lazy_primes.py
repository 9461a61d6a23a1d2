def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1


def first(n, gen):
    out = []
    for x in gen:
        if len(out) == n:
            break
        out.append(x)
    gen.close()
    return out


print(first(12, primes()))


def twin_primes():
    g = primes()
    try:
        prev = next(g)
        for p in g:
            if p - prev == 2:
                yield prev, p
            prev = p
    finally:
        g.close()


print(first(4, twin_primes()))


def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


lengths = {n: sum(1 for _ in collatz(n)) for n in range(1, 10)}
best = max(lengths, key=lengths.get)
print(best, lengths[best], list(collatz(best))[:10])


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(first(10, fib()))
g = fib()
big = [next(g) for _ in range(101)][-1]
print(big, len(str(big)))
g.close()
