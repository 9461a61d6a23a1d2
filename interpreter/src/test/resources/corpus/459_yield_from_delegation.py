# yield from delegates send, throw and close to the inner generator, and returns its value.

def inner(name):
    received = []
    try:
        while True:
            try:
                value = yield name + ":" + str(len(received))
            except ValueError as e:
                print("  inner", name, "handled", e)
                continue
            if value == "stop":
                return received
            received.append(value)
    finally:
        print("  inner", name, "finally")


def outer():
    first = yield from inner("A")
    print("  outer got", first)
    second = yield from inner("B")
    print("  outer got", second)
    return len(first) + len(second)


g = outer()
print(next(g))
print(g.send(1), g.send(2))
print(g.throw(ValueError("oops")))
print(g.send("stop"))
print(g.send("x"))
try:
    g.send("stop")
except StopIteration as e:
    print("outer returned", e.value)

# close propagates to the inner generator
g = outer()
next(g)
g.close()
print("closed")

# throw of an exception the inner does not handle ends both
g = outer()
next(g)
try:
    g.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", repr(e))

# yield from an iterator that is not a generator: send(non-None) fails
def over_list():
    result = yield from [10, 20]
    return result

g = over_list()
print(next(g))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)

# yield from a generator that returns immediately
def empty():
    return "nothing"
    yield

def wrapper():
    value = yield from empty()
    yield value

print(list(wrapper()))

# StopIteration raised inside a generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("leak")

try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
