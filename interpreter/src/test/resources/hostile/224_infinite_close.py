def count():
    n = 0
    while True:
        yield n
        n += 1
g = count()
next(g)
g.close()
print(list(g))
