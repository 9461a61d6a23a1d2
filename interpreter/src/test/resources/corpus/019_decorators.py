def trace(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        result = func(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper


@trace
def add(a, b):
    return a + b


add(2, 3)


def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator


@repeat(3)
def hello(name):
    return "hi " + name


print(hello("bob"))


def bold(func):
    return lambda: "<b>" + func() + "</b>"


def italic(func):
    return lambda: "<i>" + func() + "</i>"


@bold
@italic
def text():
    return "text"


print(text())
registry = []


def register(func):
    registry.append(func.__name__)
    return func


@register
def one():
    return 1


@register
def two():
    return 2


print(registry, one(), two())


def add_attr(cls):
    cls.added = "by decorator"
    return cls


@add_attr
class Decorated:
    pass


print(Decorated.added)
print(add.__name__)


@trace
@register
def both(x):
    return x * 2


both(4)
print(registry)
