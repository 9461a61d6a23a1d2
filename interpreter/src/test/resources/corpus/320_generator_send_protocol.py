def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


g = averager()
print(next(g))
for v in [10, 20, 30, 5]:
    print('avg', g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print('finished with', e.value)


def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print('echo closing, received', received)


e = echo()
print(e.send(None), e.send('a'), e.send('b'))
e.close()
e.close()
try:
    e.send('c')
except StopIteration:
    print('StopIteration after close')

g2 = averager()
try:
    g2.send(5)
except TypeError as err:
    print('TypeError:', err)
g2.close()
