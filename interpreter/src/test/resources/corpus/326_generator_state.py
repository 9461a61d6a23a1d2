def states():
    print('started')
    x = yield 'first'
    print('resumed with', x)
    yield 'second'
    print('ending')


g = states()
print(g.gi_frame is not None, g.gi_running, g.__name__, g.__qualname__)
print(next(g))
print(g.send('hi'))
try:
    next(g)
except StopIteration as e:
    print('stop value', e.value)
print(g.gi_frame)


class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids

    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k

    def depth_first(self, depth=0):
        yield depth, self.v
        for k in self.kids:
            yield from k.depth_first(depth + 1)


t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6, Tree(7))))
print(list(t))
for d, v in t.depth_first():
    print('  ' * d + str(v))
print(sum(t), 7 in list(t))


def counter(limit):
    n = 0
    while n < limit:
        cmd = yield n
        if cmd == 'reset':
            n = 0
        elif cmd == 'skip':
            n += 2
        else:
            n += 1


c = counter(6)
out = [next(c)]
for cmd in [None, 'skip', 'reset', None, 'skip', 'skip']:
    try:
        out.append(c.send(cmd))
    except StopIteration:
        out.append('stop')
        break
print(out)
