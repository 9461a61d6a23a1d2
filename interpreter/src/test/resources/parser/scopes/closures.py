import os
counter = 0


def make_counter(start, *args, step=1, **options):
    total = start

    def increment():
        nonlocal total
        total += step
        return total

    def peek():
        return total + len(args)
    return increment, peek


def uses_global():
    global counter
    counter += 1
    print(counter, os.sep)


def shadow(x):
    x = x + 1
    y = [x * i for i in range(3)]
    z = {k: v for k, v in zip(y, y)}
    g = (a + x for a in y if a)
    return lambda q, r=2: q + r + x + len(y) + len(z) + sum(g)


def walrus(items):
    if any((found := item) > 3 for item in items):
        return found
    return [last := i for i in items], last


def outer():
    a = 1

    def middle():
        b = 2

        def inner():
            return a + b
        return inner
    return middle


def param_cell(p, q):
    def use():
        return p
    r = q
    return use, r
