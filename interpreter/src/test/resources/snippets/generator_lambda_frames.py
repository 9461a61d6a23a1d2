# a generator lambda returns its body's value; throw() into a 'yield from' delegate runs it with
# the delegating generator's frame as f_back; type(gen).__name__ is the type's name
import sys
f = lambda: (yield 1)
def g(): return (yield 1)
f2 = lambda: (yield from g())
def g2(): return (yield from g())
f3 = lambda: (yield from f())
for gen_fun in (f, g, f2, g2, f3):
    gen = gen_fun()
    print(next(gen))
    try:
        gen.send(2)
    except StopIteration as e:
        print("stop", e.value)

def names(frame):
    out = []
    while frame and len(out) < 2:
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out

def inner():
    try:
        yield
    except RuntimeError:
        print(names(sys._getframe()))

def outer():
    yield from inner()

o = outer()
next(o)
try:
    o.throw(RuntimeError)
except StopIteration:
    print("stopped")
print(type(o).__name__, o.__name__)
