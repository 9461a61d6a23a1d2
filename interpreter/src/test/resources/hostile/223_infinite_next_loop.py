def count():
    n = 0
    while True:
        yield n
        n += 1
g = count()
for _ in range(100000):
    v = next(g)
print(v)
