# exec/eval of code objects with free variables (exec's closure=), cell(), and a `global`
# statement in a nested scope making the module-level name global (CPython's st_global).
import types

def f(x):
    return lambda: x + 1

g = f(3)
for call in (lambda: eval(g.__code__),
             lambda: exec(g.__code__, {}),
             lambda: exec(g.__code__, {}, closure=(1,)),
             lambda: exec(g.__code__, {}, closure=[types.CellType(1)]),
             lambda: exec("1", {}, closure=(types.CellType(1),)),
             lambda: exec(f.__code__, {}, closure=()),
             lambda: types.CellType(1, 2)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

def h():
    y = 10
    def k():
        print("k sees", y)
    return k

exec(h().__code__, {}, closure=(types.CellType(4),))
exec(h().__code__, {}, closure=None) if False else None
c = types.CellType()
try:
    c.cell_contents
except ValueError as e:
    print("ValueError:", e)
print(types.CellType("v").cell_contents)

def m():
    z = 5
    def n():
        return z * 2
    return n()

print(eval(m.__code__))

src = """if 1:
    x = 7
    def f():
        x = 1
        def g():
            global x
            def i():
                def h():
                    return x
                return h()
            return i()
        return g()
    result = f()
"""
gl, lo = {}, {}
exec(src, gl, lo)
print(gl["x"], lo["result"], sorted(lo))

src2 = """if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    g, h = f()
    result9 = g()
    result2 = h()
"""
gl, lo = {}, {}
exec(src2, gl, lo)
print(lo["result9"], lo["result2"], "y" in gl, "y" in lo)
