funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def make_multipliers():
    out = []
    for k in range(1, 4):
        def mul(x, k=k):
            return x * k
        out.append(mul)
    return out


print([m(10) for m in make_multipliers()])


def late():
    fs = []
    for k in range(1, 4):
        fs.append(lambda x: x * k)
    return fs


print([m(10) for m in late()])


def counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count
    return inc, get


inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents)
print(inc.__code__.co_freevars, counter.__code__.co_cellvars)


def outer():
    x = 'outer'

    def middle():
        def inner():
            return x
        return inner
    x = 'changed'
    return middle()


print(outer()())


def unbound():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print('NameError:', e)
    y = 1
    return f()


print(unbound())
