import sys
def a(): b()
def b(): c()
def c(): raise ValueError("deep")
try: a()
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb: n += 1; tb = tb.tb_next
    print("frames", n)
def gen_err():
    yield 1
    raise KeyError("in gen")
g = gen_err(); next(g)
try: next(g)
except KeyError as e: print("gen", e)
try: next(g)
except StopIteration: print("exhausted")
def f(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        return "inf"
    finally:
        print("finally", x)
print(f(0), f(2))
for i in range(3):
    try:
        if i == 1: raise TypeError
    except TypeError:
        print("caught at", i)
        continue
    else:
        print("no error", i)
    finally:
        print("cleanup", i)
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)
def ctx():
    try:
        raise OSError(2, "nope")
    except OSError as e:
        return e.errno, e.strerror
print(ctx())
e1 = KeyError("k")
print(repr(e1), str(e1), e1.args)
try:
    raise StopIteration(42)
except StopIteration as e:
    print(e.value)
def g2():
    yield 1
    return 5
def g3():
    r = yield from g2()
    print("r =", r)
list(g3())
try:
    raise Exception("a", "b")
except Exception as e:
    print(e, e.args)
class MyErr(Exception):
    pass
try:
    raise MyErr
except Exception as e:
    print(type(e).__name__, repr(e), str(e) == "")
try:
    {}["missing"]
except LookupError as e:
    print("lookup", repr(e))
import math
try: math.sqrt(-1)
except ValueError as e: print(e)
try: int("abc")
except ValueError as e: print(e)
try: [].index(3)
except ValueError as e: print(e)
try: "x".join([1])
except TypeError as e: print(e)
print(sys.exc_info()[0])
def raise_in_finally():
    try:
        raise KeyError(1)
    finally:
        raise ValueError(2)
try: raise_in_finally()
except ValueError as e: print(repr(e), repr(e.__context__))
x = 0
while True:
    x += 1
    if x > 3: break
else:
    print("never")
print(x)
for i in []: pass
else: print("for-else")
