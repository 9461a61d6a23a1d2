def numbers():
    yield 1
    raise ValueError("generator failed")


g = numbers()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "exhausted after error"))


def guarded():
    try:
        yield "a"
        yield "b"
    except KeyError as e:
        yield "caught inside: %s" % e
    finally:
        print("guarded finally")


gg = guarded()
print(next(gg))
print(gg.throw(KeyError("k")))
gg.close()


def closable():
    try:
        yield 1
    finally:
        print("closed")


c = closable()
next(c)
c.close()
print("after close")


def early_return():
    yield 1
    return
    yield 2


print(list(early_return()))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration from empty iterator")


def stop_inside():
    yield 1
    raise StopIteration("explicit")


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
