def trace(fn):
    def wrapper(*args, **kwargs):
        print(f'-> {fn.__name__}{args}')
        result = fn(*args, **kwargs)
        print(f'<- {fn.__name__} = {result!r}')
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper


def twice(fn):
    def wrapper(*args):
        return fn(*fn(*args))
    wrapper.__name__ = 'twice_' + fn.__name__
    return wrapper


def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco


@trace
@twice
def swap(a, b):
    return b, a


print(swap(1, 2), swap.__name__)


@repeat(3)
def greet(name):
    return 'hi ' + name


print(greet('bo'))
order = []


def mark(label):
    order.append('make ' + label)

    def deco(fn):
        order.append('apply ' + label)
        return fn
    return deco


@mark('outer')
@mark('inner')
def target():
    pass


print(order)


def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper


@count_calls
def noop(x=None):
    return x


for i in range(4):
    noop(i)
print(noop.calls, swap.__wrapped__.__name__)
registry = {}
register = lambda name: (lambda fn: registry.setdefault(name, fn))


@register('double')
def _(x):
    return 2 * x


print(registry['double'](21), _(5))
