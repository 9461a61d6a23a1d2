def h():
    return 1


def g(x):
    return x + 1


def f(x, y):
    return x * y


print(f(g(h()), g(g(h()))))
values = [g(i) for i in range(2)]
print(values)


def chain():
    return g(h()) + g(h())


print(chain())
name = str(len([h(), h()]))
print(name)
