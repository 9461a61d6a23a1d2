# Context managers whose __exit__ raises, suppresses, or replaces the exception.

class Manager:
    def __init__(self, name, suppress=False, raise_in_exit=None):
        self.name = name
        self.suppress = suppress
        self.raise_in_exit = raise_in_exit

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc))
        if self.raise_in_exit is not None:
            raise self.raise_in_exit
        return self.suppress


with Manager("quiet", suppress=True):
    raise ValueError("swallowed")
print("after quiet")

try:
    with Manager("pass-through"):
        raise KeyError("kept")
except KeyError as e:
    print("caught", repr(e))

try:
    with Manager("replacer", raise_in_exit=RuntimeError("from exit")):
        raise TypeError("original")
except RuntimeError as e:
    print("caught", repr(e), "context:", repr(e.__context__))

try:
    with Manager("exit-only", raise_in_exit=OSError("no body error")):
        print("body ok")
except OSError as e:
    print("caught", repr(e), "context:", e.__context__)

# nested managers: inner suppresses, outer never sees the exception
with Manager("outer"):
    with Manager("inner", suppress=True):
        1 / 0
    print("between")

# multiple managers in one with: exits in reverse order, the second's error reaches the first
try:
    with Manager("a"), Manager("b", raise_in_exit=LookupError("b failed")), Manager("c"):
        raise ValueError("body")
except LookupError as e:
    print("final", repr(e), "<-", repr(e.__context__), "<-", repr(e.__context__.__context__))

# a truthy non-bool return value also suppresses
class Truthy:
    def __enter__(self):
        return "value"

    def __exit__(self, *args):
        return [0]

with Truthy() as v:
    print("as", v)
    raise IndexError
print("suppressed by a list")

# __exit__ after break/continue/return
def run():
    for i in range(3):
        with Manager("loop%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    with Manager("ret"):
        return "returned"

print(run())

# missing __exit__
class NoExit:
    def __enter__(self):
        return self

try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
