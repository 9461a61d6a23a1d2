# A small call tree with recursion and a generator: the flame converter's test.


def leaf(n):
    return n + 1


def mid(n):
    total = 0
    for i in range(n):
        total += leaf(i)
    return total


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def numbers(n):
    for i in range(n):
        yield leaf(i)


def top():
    return mid(10) + mid(5) + fib(6) + sum(numbers(4))


top()
mid(3)
