x = "global"
def outer():
    x = "enclosing"
    def inner():
        nonlocal x
        x = "modified"
        return x
    inner()
    return x
print(outer(), x)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c(), c.__closure__[0].cell_contents)
def make():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return [f() for f in fs]
print(make())
def g():
    global y
    y = 5
g(); print(y)
class K:
    a = 1
    b = [a * 2 for _ in range(2)] if False else None
    def m(self): return self.a
print(K().m(), K.b)
def deco(tag):
    def wrap(fn):
        def w(*a, **k): return tag + str(fn(*a, **k))
        return w
    return wrap
@deco("<")
@deco(">")
def val(v): return v
print(val(3))
def kw(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6), kw(*[1, 2], **{"c": 3}))
def posonly(a, b, /, c): return a + b + c
print(posonly(1, 2, c=3))
for call in ["kw()", "kw(1)", "kw(1, c=1, a=2)", "posonly(a=1, b=2, c=3)", "kw(1, 2, c=3, zz=1) and kw(1, 2, 3, c=1, c2=1)", "posonly(1, 2, 3, 4)"]:
    try: print(eval(call))
    except TypeError as e: print(e)
print((lambda *a, **k: (a, k))(1, x=2), (lambda: (yield))().__class__.__name__)
z = 10
print([z + i for i in range(3)], {i: z for i in range(2)}, (w := 5), w)
