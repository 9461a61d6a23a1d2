# traceback: formatting a chained exception (cause and context), extract_tb, print_exc to a StringIO.
import io
import sys
import traceback


def inner(d):
    d["missing"]


def middle():
    try:
        inner({})
    except KeyError as e:
        raise ValueError("bad value") from e


def outer():
    try:
        middle()
    except ValueError:
        raise RuntimeError("while handling")


try:
    outer()
except RuntimeError as e:
    print("".join(traceback.format_exception(e)))
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exc(limit=1))
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)])
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == traceback.format_exc())
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__cause__), te.__context__.exc_type.__name__, te.__context__.__cause__.exc_type.__name__)
    print("".join(te.format(chain=False)))
    print(traceback.format_tb(e.__traceback__)[-1])

try:
    raise ExceptionGroup("group", [ValueError("a"), TypeError("b")])
except ExceptionGroup as e:
    print(traceback.format_exception_only(type(e), e))

print(traceback.format_list([("file.py", 3, "func", "x = 1")]))
summary = traceback.StackSummary.from_list([("a.py", 1, "f", "pass"), ("b.py", 2, "g", None)])
print(summary.format())
print(traceback.extract_stack()[-1].name, traceback.format_stack(limit=1)[0].splitlines()[0])
traceback.print_exception(KeyError("k"), file=sys.stdout)
print(traceback.format_exception(ValueError, ValueError("v"), None))
