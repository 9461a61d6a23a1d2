total = 0


def add_global(n):
    global total
    total += n
    return total


add_global(3); add_global(4)
print(total)


def bank():
    balance = 100
    history = []

    def deposit(x):
        nonlocal balance
        balance += x
        history.append(('dep', x))

    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError(f'insufficient funds: {balance} < {x}')
        balance -= x
        history.append(('wd', x))

    def report():
        return balance, list(history)
    return deposit, withdraw, report


dep, wd, rep = bank()
dep(50)
wd(30)
try:
    wd(500)
except ValueError as e:
    print(e)
print(rep())


def level1():
    v = 1

    def level2():
        v = 2

        def level3():
            nonlocal v
            v += 10
            return v
        r = level3()
        return r, v
    res = level2()
    return res, v


print(level1())


def shadow():
    print_ = print
    len = lambda x: 'shadowed'
    print_(len([1, 2]))


shadow()
print(len([1, 2]))


def declares_global():
    global NEWNAME
    NEWNAME = 'created'


declares_global()
print(NEWNAME)


def local_before_assign():
    try:
        print(total)
        total = 5
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)


local_before_assign()
x = 'module'


class C:
    x = 'class'

    def m(self):
        return x

    y = [x for _ in range(1)]


print(C().m(), C.y)
