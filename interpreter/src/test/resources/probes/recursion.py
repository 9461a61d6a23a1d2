# Recursion-heavy: plain, mutual and generator recursion, and a call that raises through frames.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def walk(depth):
    if depth:
        yield depth
        yield from walk(depth - 1)


def fail(n):
    if n == 0:
        raise ValueError("bottom")
    fail(n - 1)


def start():
    try:
        fail(5)
    except ValueError:
        pass
    return fib(12), is_even(30), list(walk(6))


print(start())
