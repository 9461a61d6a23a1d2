# generator.throw() arguments as CPython's _gen_throw (normalization, its failure thrown in), generator
# __name__/__qualname__ setters, gi_* descriptors in dir(), gi_yieldfrom only while suspended
import sys
def f():
    while True:
        try:
            print((yield))
        except ValueError as v:
            print("caught ValueError (%s)" % (v))
g = f()
next(g)
for args in [(ValueError,), (ValueError, 1), (ValueError, TypeError(1)), (ValueError, ValueError(1), None),
             (ValueError(1), "foo"), (ValueError, "foo", 23), ("abc",), (0,), (list,), (ValueError, (1, 2))]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
def throw(g, exc):
    try:
        raise exc
    except:
        g.throw(*sys.exc_info())
throw(g, ValueError)
print(g.send(1))
try:
    throw(g, TypeError)
except TypeError as e:
    print("TypeError", repr(e))
print(g.gi_frame)
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls
def boring():
    yield
gen = boring()
try:
    gen.throw(E)
except TypeError as e:
    print(e)
print(next(gen, "exhausted"))
def gen2():
    try:
        yield
    except TypeError as e:
        print("inside:", e)
        yield "after"
g2 = gen2(); next(g2)
print(g2.throw(E))
import inspect
def func():
    yield 1
gen = func()
print(gen.__name__, gen.__qualname__)
gen.__name__ = "name"; gen.__qualname__ = "qualname"
print(gen.__name__, gen.__qualname__, repr(gen).split(" at ")[0])
for f in (lambda: setattr(gen, '__name__', 123), lambda: delattr(gen, '__qualname__')):
    try: f()
    except TypeError as e: print("TypeError:", e)
print([s for s in dir(gen) if not s.startswith('_')])
def a():
    print("a running", gen_b.gi_yieldfrom)
    yield
def b():
    yield from a()
    yield
gen_b = b()
gen_b.send(None)
print(gen_b.gi_yieldfrom.gi_code.co_name)
gen_b.send(None)
print(gen_b.gi_yieldfrom)
async def co(): pass
c = co()
print(c.__name__)
c.close()
