# How an uncaught exception group is printed (nested groups, chained members, notes, more than 15 members).
def f():
    raise ValueError("inner")
def g():
    try:
        f()
    except ValueError as e:
        raise KeyError("k") from e
excs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        excs.append(e)
e = ExceptionGroup("many", [ValueError(i) for i in range(17)])
e.add_note("a note")
try:
    raise ExceptionGroup("outer", excs + [ExceptionGroup("nested", [TypeError("t"), e]), RuntimeError("last")])
except* RuntimeError:
    pass
