class AppError(Exception):
    """Base error."""


class NotFound(AppError):
    def __init__(self, what):
        super().__init__(what)
        self.what = what

    def __str__(self):
        return "not found: " + self.what


class Invalid(AppError):
    pass


def fail(kind):
    if kind == "nf":
        raise NotFound("page")
    if kind == "inv":
        raise Invalid("bad input", 42)
    raise AppError()


for kind in ("nf", "inv", "base"):
    try:
        fail(kind)
    except NotFound as e:
        print("NotFound:", e, e.what, e.args)
    except AppError as e:
        print(type(e).__name__, repr(e), str(e), e.args, isinstance(e, Exception))
e = Invalid("x")
print(repr(e), str(e), repr(AppError()), str(AppError()), repr(ValueError("a", 1)))
print(issubclass(NotFound, AppError), issubclass(AppError, BaseException))
print([c.__name__ for c in NotFound.__mro__])
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(str(Exception("a", "b")), repr(Exception()), Exception("one").args)
try:
    raise NotFound("user") from Invalid("why")
except AppError as err:
    print(err, "|", err.__cause__)
