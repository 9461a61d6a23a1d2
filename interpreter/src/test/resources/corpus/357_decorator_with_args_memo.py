def memoize(maxsize=None):
    def deco(fn):
        cache = {}
        order = []

        def wrapper(*args):
            if args in cache:
                wrapper.hits += 1
                return cache[args]
            wrapper.misses += 1
            value = fn(*args)
            cache[args] = value
            order.append(args)
            if maxsize is not None and len(order) > maxsize:
                old = order.pop(0)
                del cache[old]
            return value
        wrapper.hits = wrapper.misses = 0
        wrapper.cache = cache
        return wrapper
    return deco


@memoize()
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(8, 8), paths.hits, paths.misses)


@memoize(maxsize=2)
def slow_square(x):
    print('computing', x)
    return x * x


for x in [1, 2, 1, 3, 1, 2]:
    print(slow_square(x))
print(slow_square.hits, slow_square.misses, sorted(slow_square.cache))


def validate(**types):
    def deco(fn):
        names = fn.__code__.co_varnames[:fn.__code__.co_argcount]

        def wrapper(*args):
            for name, value in zip(names, args):
                want = types.get(name)
                if want and not isinstance(value, want):
                    raise TypeError(f'{fn.__name__}: {name} must be {want.__name__}')
            return fn(*args)
        return wrapper
    return deco


@validate(a=int, b=(int, float).__class__ and float)
def scale(a, b):
    return a * b


print(scale(3, 1.5))
try:
    scale('3', 1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    scale(3, 2)
except TypeError as e:
    print('TypeError:', e)
