def f():
    try:
        1/0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
try: f()
except ValueError as e: print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try: {}["k"]
    except KeyError: raise TypeError("t")
except TypeError as e: print(repr(e.__context__))
def g():
    try: return "try"
    finally: print("finally")
print(g())
def h():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("fin", i)
    return i
print(h())
try: raise
except RuntimeError as e: print(e)
try:
    assert 1 == 2, "msg"
except AssertionError as e: print("assert", e)
import sys
try: raise KeyError("x")
except KeyError: print(sys.exc_info()[0].__name__)
print(sys.exc_info())
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None, v); return True
with Ctx() as c:
    raise IndexError("swallowed")
print("after with")
e = Exception("a", 1); print(e.args, str(e), repr(e), str(KeyError("k")), str(OSError(2, "No such file", "x.txt")))
try: [].pop()
except IndexError as e: print(e)
try: int.foo
except AttributeError as e: print(e)
try: n = None; n()
except TypeError as e: print(e)
try: undefined_name
except NameError as e: print(e)
def loc():
    print(x)
    x = 1
try: loc()
except UnboundLocalError as e: print(e)
try: (1, 2)[5]
except IndexError as e: print(e)
try: "abc" + 1
except TypeError as e: print(e)
try: 1 < "a"
except TypeError as e: print(e)
try: a, b = [1, 2, 3]
except ValueError as e: print(e)
try: a, b, c = [1, 2]
except ValueError as e: print(e)
