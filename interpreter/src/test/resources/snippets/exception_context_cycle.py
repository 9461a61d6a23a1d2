# A cycle already in the __context__ chain: raising another exception must neither hang nor break it (CPython's Floyd walk).
def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)
try:
    cycle()
except Exception as e:
    exc = e
print(type(exc).__name__, type(exc.__context__).__name__, exc.__context__.__context__ is exc.__context__)
# a longer pre-existing cycle a -> b -> a
try:
    try:
        raise KeyError("a")
    except KeyError as a:
        b = IndexError("b")
        a.__context__ = b
        b.__context__ = a
        raise OSError("c")
except OSError as c:
    print(type(c.__context__).__name__, type(c.__context__.__context__).__name__)
