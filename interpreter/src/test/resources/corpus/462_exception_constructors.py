# Built-in exception constructors: OSError picks a subclass from errno, keyword arguments of
# AttributeError/NameError/ImportError, args/str/repr of the special cases.

ERRNOS = [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 999]
for errno in ERRNOS:
    e = OSError(errno, "message")
    print(errno, type(e).__name__, isinstance(e, OSError), e.errno, e.strerror)

print(type(OSError(2)).__name__, type(OSError("2", "text")).__name__, type(OSError(2, "a", "f", 0, "g", "x")).__name__)
e = OSError(2, "No such file or directory", "missing.txt")
print(str(e), repr(e), e.args, e.filename, e.filename2)
e2 = OSError(1, "Operation not permitted", "a", None, "b")
print(str(e2), type(e2).__name__, e2.filename2)
print(type(FileNotFoundError(17, "x")).__name__, type(IOError(2, "x")).__name__, IOError is OSError)
try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as err:
    print("caught", type(err).__name__, err.errno, err.filename)


class AppError(OSError):
    pass


print(type(AppError(2, "x")).__name__)

a = AttributeError("no attr", name="colour", obj=[1, 2])
print(a, a.name, a.obj, a.args)
n = NameError("no name", name="spam")
print(n, n.name, n.args)
i = ImportError("cannot import", name="mod", path="/lib/mod.py")
print(i, i.name, i.path, i.msg, i.args)
print(ModuleNotFoundError("m", name="pkg.sub").name)
for make in (lambda: AttributeError("x", colour=1), lambda: NameError("x", obj=1), lambda: ImportError(name="a", nope=2),
             lambda: ValueError("x", y=1), lambda: KeyError(k=1)):
    try:
        make()
    except TypeError as err:
        print("TypeError:", err)

print(repr(KeyError()), str(KeyError("k")), str(KeyError("a", "b")), str(IndexError()), repr(StopIteration(3)))
print(SystemExit(1, 2).code, SystemExit("bye").code, StopIteration().value, StopIteration(1, 2).value)
print(str(UnicodeEncodeError("ascii", "é", 0, 1, "bad")), str(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")))
print(repr(ArithmeticError()), str(Exception(None)), str(Exception(1, None)))
