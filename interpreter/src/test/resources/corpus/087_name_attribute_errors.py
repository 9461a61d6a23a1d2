try:
    print(undefined_variable_xyz)
except NameError as e:
    print("NameError:", e)


def f():
    return local_later
    local_later = 1


try:
    f()
except NameError as e:
    print(type(e).__name__, "-", e)


def g():
    total += 1
    total = 0


try:
    g()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


class C:
    cls_attr = 1

    def __init__(self):
        self.inst = 2


for target, name in [(5, "foo"), ("s", "bar"), (C(), "missing"), (C, "nope"), (None, "x"), ([], "push")]:
    try:
        getattr(target, name)
    except AttributeError as e:
        print("AttributeError:", e)
import math
try:
    math.no_such_function
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError:", e)
