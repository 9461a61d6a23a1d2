# PEP 654: ExceptionGroup/BaseExceptionGroup (split, subgroup, derive) and except* (matching, re-raising, new exceptions, naked exceptions).
def show(e, indent=""):
    if isinstance(e, BaseExceptionGroup):
        print(indent + type(e).__name__ + repr(e.message), len(e.exceptions))
        for x in e.exceptions:
            show(x, indent + "  ")
    else:
        print(indent + repr(e))

def run(body):
    try:
        body()
    except BaseException as e:
        print("escaped:", end=" ")
        show(e)

def t1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("caught V"); show(e, "  ")
    except* TypeError as e:
        print("caught T"); show(e, "  ")
run(t1)

def t2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2), ExceptionGroup("inner", [TypeError(3), ValueError(4)])])
    except* ValueError as e:
        print("caught V"); show(e, "  ")
run(t2)

def t3():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked caught"); show(e, "  ")
run(t3)

def t4():
    try:
        raise KeyError("naked")
    except* ValueError:
        print("not here")
run(t4)

def t5():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("new")
run(t5)

def t6():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        pass
    else:
        print("no else")
    finally:
        print("finally")
    print("after")
run(t6)

def t7():
    try:
        pass
    except* ValueError:
        pass
    else:
        print("else runs")
run(t7)

def t8():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
run(t8)

eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ValueError(3)]), KeyError(4)])
m, r = eg.split(ValueError)
show(m); show(r)
show(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError))))
print(eg.subgroup(OSError), eg.split((ValueError, TypeError, KeyError))[1])
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
eg.add_note("note1")
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__ is not eg.__notes__)
def work(i):
    if i % 2:
        raise ValueError(i)
    raise TypeError(i)
try:
    try:
        errors = []
        for i in range(4):
            try:
                work(i)
            except Exception as e:
                errors.append(e)
        raise ExceptionGroup("batch", errors)
    except* TypeError as eg:
        print("types:", [str(x) for x in eg.exceptions])
        raise RuntimeError("while handling types")
except* ValueError as eg:
    print("values:", [str(x) for x in eg.exceptions])
except* RuntimeError as eg:
    print("runtime:", repr(eg.exceptions[0]), repr(eg.exceptions[0].__context__))

# except* in generators and coroutines (handlers that yield), and the SyntaxError for break/continue/return
def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t"), KeyError("k")])
    except* ValueError as e:
        yield ("in V", [str(x) for x in e.exceptions])
        yield "V again"
    except* TypeError as e:
        yield ("in T", repr(e))
        raise RuntimeError("from T")
    finally:
        yield "finally"
g = gen()
try:
    for x in g:
        print(x)
except BaseExceptionGroup as eg:
    print("escaped", repr(eg))

def gen2():
    try:
        yield "start"
        raise ValueError("naked")
    except* ValueError as e:
        yield repr(e)
    yield "after"
print(list(gen2()))

async def coro():
    class Aw:
        def __await__(self):
            yield "suspend"
            return 5
    try:
        x = await Aw()
        raise ExceptionGroup("a", [OSError(x)])
    except* OSError as e:
        y = await Aw()
        got = ("caught", repr(e), y)
    return got
c = coro()
print(c.send(None))
print(c.send(None))
try:
    c.send(None)
except StopIteration as s:
    print(s.value)
for src in ["try:\n  pass\nexcept* ValueError:\n  for i in x:\n    break\n", "while 1:\n  try:\n    pass\n  except* ValueError:\n    continue\n",
            "def f():\n  try:\n    pass\n  except* ValueError:\n    def g():\n      return 1\n", "def f():\n  try:\n    pass\n  except* ValueError:\n    for i in x:\n      return 1\n",
            "try:\n  pass\nexcept* ValueError:\n  pass\nfinally:\n  pass\n"]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
