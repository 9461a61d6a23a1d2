# add_note/__notes__, and walking __traceback__ by hand (tb_next, tb_lineno, tb_frame).

def level3(x):
    return 10 // x


def level2(x):
    try:
        return level3(x)
    except ZeroDivisionError as e:
        e.add_note("level2 saw x=%r" % x)
        raise


def level1(x):
    return level2(x) + 1


try:
    level1(0)
except ZeroDivisionError as e:
    caught = e

print(repr(caught), caught.__notes__)
tb = caught.__traceback__
while tb is not None:
    code = tb.tb_frame.f_code
    print("  frame", code.co_name, "line", tb.tb_lineno, "first", code.co_firstlineno)
    tb = tb.tb_next

# notes accumulate; add_note needs a str
err = ValueError("bad value")
err.add_note("first")
err.add_note("second")
print(err.__notes__)
try:
    err.add_note(42)
except TypeError as e:
    print("TypeError:", e)

# __notes__ can be replaced, add_note then appends to the new list
err.__notes__ = ["replaced"]
err.add_note("again")
print(err.__notes__)

# a fresh exception has no __notes__ and no traceback
fresh = KeyError("k")
print(hasattr(fresh, "__notes__"), fresh.__traceback__)

# with_traceback sets and returns the same object
try:
    raise RuntimeError("outer")
except RuntimeError as e:
    saved = e.__traceback__
other = OSError("other")
print(other.with_traceback(saved) is other, other.__traceback__.tb_lineno)

# the traceback grows as the exception passes through frames
def thrower():
    raise LookupError("deep")

def middle():
    thrower()

def depth(tb):
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    return n

try:
    middle()
except LookupError as e:
    print("depth", depth(e.__traceback__))
    print("last frame", e.__traceback__.tb_next.tb_next.tb_frame.f_code.co_name)
    print("f_lineno of module frame", e.__traceback__.tb_frame.f_lineno)

# re-raising in another try adds this frame's entry again
def rethrow():
    try:
        middle()
    except LookupError as e:
        raise e

try:
    rethrow()
except LookupError as e:
    names = []
    tb = e.__traceback__
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
