class Empty:
    def __len__(self):
        print('len called')
        return 0


class Full:
    def __bool__(self):
        print('bool called')
        return True

    def __len__(self):
        print('len not called')
        return 0


class Plain:
    pass


for obj in [Empty(), Full(), Plain(), 0, 0.0, 0j, '', b'', [], (), {}, set(), None, range(0), 'x', [0]]:
    print(type(obj).__name__, bool(obj))
print('and/or:', [] or 'default', 'first' and 'second', 0 and 1 / 0, 1 or 1 / 0)
print(not Empty(), Full() and 'yes', Empty() or 'fallback')


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)


class BadLen:
    def __len__(self):
        return -1


try:
    bool(BadLen())
except ValueError as e:
    print('ValueError:', e)
if Empty():
    print('never')
elif Full():
    print('elif taken')
x = [n for n in [0, 1, '', 'a', None, [2]] if n]
print(x)
print(all([Full(), 1]), any([Empty(), 0]))
while Empty():
    break
else:
    print('while else ran')
