def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start


@coroutine
def printer(prefix):
    try:
        while True:
            item = yield
            print(prefix, item)
    except GeneratorExit:
        print(prefix, 'closed')


@coroutine
def filt(pred, target):
    try:
        while True:
            item = yield
            if pred(item):
                target.send(item)
    except GeneratorExit:
        target.close()


@coroutine
def broadcast(*targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    except GeneratorExit:
        for t in targets:
            t.close()


evens = printer('even:')
bigs = printer('big:')
pipe = broadcast(filt(lambda x: x % 2 == 0, evens), filt(lambda x: x > 7, bigs))
for v in [1, 4, 9, 12, 3]:
    pipe.send(v)
pipe.close()


@coroutine
def running_max():
    best = None
    while True:
        v = yield best
        if best is None or v > best:
            best = v


rm = running_max()
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
rm.close()
