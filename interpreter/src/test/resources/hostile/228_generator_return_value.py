def g():
    yield 1
    return 'done'
x = g()
next(x)
try:
    next(x)
except StopIteration as e:
    print(e.value)
