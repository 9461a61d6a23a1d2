# Driving generators by hand: send, throw, close, return values and their errors.

def accumulator():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("  accumulator recovered from", e)
            value = 0
        except GeneratorExit:
            print("  accumulator closing at total", total)
            raise
        if value is None:
            return total
        total += value


g = accumulator()
print(next(g))
print(g.send(5), g.send(10))
print(g.throw(ValueError("bad input")))
print(g.send(1))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
print(g.gi_frame is None)

g2 = accumulator()
try:
    g2.send(3)
except TypeError as e:
    print("TypeError:", e)
next(g2)
g2.close()
g2.close()
print("closed twice ok")

def stubborn():
    try:
        yield 1
    finally:
        print("  stubborn cleanup")
    yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(s, "exhausted"))

def quiet():
    try:
        yield "only"
    except GeneratorExit:
        return "ignored"

q = quiet()
next(q)
print(q.close())

def catches_all():
    while True:
        try:
            yield
        except KeyError:
            print("  got KeyError")

c = catches_all()
next(c)
c.throw(KeyError)
try:
    c.throw(IndexError("not handled"))
except IndexError as e:
    print("propagated", repr(e))
try:
    next(c)
except StopIteration:
    print("finished after the error")

# throw into a not-started generator raises at once, the body never runs
def never():
    print("never printed")
    yield

n = never()
try:
    n.throw(OSError("early"))
except OSError as e:
    print("early throw:", e)

# a generator cannot resume itself
def selfish():
    yield me.send(None)

me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(me.gi_running)
