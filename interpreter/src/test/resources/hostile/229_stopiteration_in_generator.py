def g():
    raise StopIteration
    yield
next(g())
