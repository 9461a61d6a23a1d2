class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress


with Resource('a') as a, Resource('b') as b:
    print('body', a.name, b.name)

with Resource('outer', suppress=True):
    with Resource('inner'):
        raise KeyError('boom')
    print('not reached')
print('after suppress')

try:
    with Resource('c'):
        1 / 0
except ZeroDivisionError as e:
    print('caught', e)


def early_return():
    with Resource('ret'):
        return 'returned'


print(early_return())

for i in range(3):
    with Resource(f'loop{i}'):
        if i == 1:
            continue
        if i == 2:
            break
        print('loop body', i)


class Transaction:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.snapshot = list(self.log)
        return self.log

    def __exit__(self, et, ev, tb):
        if et is not None:
            self.log[:] = self.snapshot
            print('rolled back:', ev)
            return True
        print('committed')
        return False


t = Transaction()
with t as log:
    log.append(1)
with t as log:
    log.append(2)
    raise RuntimeError('fail')
print(t.log)
