class AppError(Exception):
    pass


def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError("cannot load " + key) from e


try:
    load("b")
except AppError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress context:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("replaced") from None
except ValueError as e:
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)
    print("context:", type(e.__context__).__name__)

try:
    raise RuntimeError("direct") from TypeError("explicit cause")
except RuntimeError as e:
    print(e, "<-", e.__cause__)

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise IndexError("second")
except IndexError as e:
    print("implicit context:", repr(e.__context__), "cause:", e.__cause__)
