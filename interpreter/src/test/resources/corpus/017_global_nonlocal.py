counter = 0


def increment():
    global counter
    counter += 1
    return counter


increment()
increment()
print("counter", counter)


def define_global():
    global created_later
    created_later = "made inside a function"


define_global()
print(created_later)


def outer():
    value = "outer"

    def inner():
        nonlocal value
        value = "changed by inner"

    inner()
    return value


print(outer())


def shadow():
    counter = 100
    return counter


print(shadow(), counter)


def make_accumulator():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total

    return add


acc = make_accumulator()
acc(5)
print(acc(10))


def levels():
    x = 1

    def middle():
        x = 2

        def innermost():
            nonlocal x
            x += 10
            return x

        return innermost(), x

    return middle(), x


print(levels())
x = "global x"


def read_global():
    return x


print(read_global())
