def count():
    n = 0
    while True:
        yield n
        n += 1
g = count()
next(g)
g.throw(ValueError('stop'))
