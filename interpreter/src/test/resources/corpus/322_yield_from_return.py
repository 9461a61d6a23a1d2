def reader(name, items):
    count = 0
    for it in items:
        got = yield f'{name}:{it}'
        if got:
            print('  reader', name, 'got', got)
        count += 1
    return count


def concat(*sources):
    total = 0
    for name, items in sources:
        n = yield from reader(name, items)
        print('sub', name, 'yielded', n)
        total += n
    return total


g = concat(('a', [1, 2]), ('b', []), ('c', 'xy'))
out = [next(g)]
out.append(g.send('hello'))
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        print('total', e.value)
        break
print(out)


def delegating():
    try:
        yield from inner()
    except ValueError as e:
        print('delegator caught', e)
        yield 'recovered'


def inner():
    try:
        yield 1
        raise ValueError('oops')
    finally:
        print('inner finally')


d = delegating()
print(next(d))
print(next(d))
d.close()


def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x


print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))


def ret_only():
    return 'r'
    yield


def wrap():
    v = yield from ret_only()
    yield v


print(list(wrap()))
