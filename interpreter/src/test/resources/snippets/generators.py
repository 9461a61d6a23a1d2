def g(n):
    for i in range(n):
        x = yield i
        if x: print("got", x)
    return "done"
it = g(3)
print(next(it), it.send("hi"), next(it))
try: next(it)
except StopIteration as e: print("stop", e.value)
def inner():
    yield 1
    r = yield 2
    return r
def outer():
    v = yield from inner()
    yield ("inner returned", v)
o = outer(); print(next(o), next(o), o.send("R"))
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
f = fin(); print(next(f)); f.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
t = thrower(); next(t); print(t.throw(ValueError("boom")))
print(list(x * x for x in range(5) if x % 2), sum(i for i in range(101)), any(x > 3 for x in [1, 5]) , max((len(w), w) for w in ["a", "ccc", "bb"]))
def fibg():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

fg = fibg(); print([next(fg) for _ in range(10)])
def nested_try():
    for i in range(3):
        try:
            if i == 1: raise KeyError(i)
            yield i
        except KeyError:
            yield "k"
        finally:
            yield "f"
print(list(nested_try()))
def expr_yield():
    a = (yield 1) + (yield 2)
    yield a
e = expr_yield(); print(next(e), e.send(10), e.send(20))
