def f(n):
    try:
        raise ValueError(n)
    except ValueError:
        if n:
            f(n - 1)
        else:
            raise KeyError('bottom')
f(500)
