def make_counter():
    count = 0

    def counter():
        nonlocal count
        count += 1
        return count

    return counter


c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())

late = []
for i in range(3):
    late.append(lambda: i)
print([f() for f in late])

early = []
for i in range(3):
    early.append(lambda i=i: i)
print([f() for f in early])


def make_multipliers():
    return [lambda x: x * k for k in range(1, 4)]


print([m(10) for m in make_multipliers()])


def outer(msg):
    def inner():
        return msg.upper()
    return inner


greet = outer("hello")
print(greet())
print(greet.__closure__ is not None, len(greet.__closure__))
print(greet.__code__.co_freevars)


def shared():
    items = []

    def add(x):
        items.append(x)

    def get():
        return list(items)

    return add, get


add, get = shared()
add(1)
add(2)
print(get())


def cell_after_def():
    def show():
        return value
    value = "assigned after def"
    return show()


print(cell_after_def())
