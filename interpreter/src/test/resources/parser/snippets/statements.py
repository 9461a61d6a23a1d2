"""Module docstring."""
import os
import os.path as osp, sys
import a.b.c as d
from . import x
from .. import (y, z,)
from ...pkg.mod import name as alias, other
from .mod import *

x = 1; y = 2;
a = b = c = 0
a, b = b, a
*rest, last = [1, 2, 3]
first, *rest = range(10)
[p, (q, r)] = 1, (2, 3)
obj.attr = value
obj.attr[1:2] = value
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 3; x **= 2; x @= m
x &= 1; x |= 2; x ^= 3; x <<= 1; x >>= 1
count: int = 0
name: str
(paren): int = 3
obj.attr: list = []
items[0]: int
del x, y[0], z.attr
del (a, b), [c]
assert x, "message"
assert y
raise
raise ValueError("bad")
raise ValueError from None
global_thing = None


def f(a, b=1, *args, c, d=2, **kwargs) -> int:
    """Docstring."""
    global global_thing
    return a + b


def g(pos, /, normal, *, kw):
    pass


def h(a, b, /):
    return


def star_only(*, key=None):
    ...


@decorator
@decorator.attr(arg)
@(lambda fn: fn)
def decorated():
    def inner():
        nonlocal_value = 1

        def innermost():
            nonlocal nonlocal_value
            nonlocal_value += 1
        return innermost
    yield 1
    yield
    x = yield from inner()
    y = yield x, 2


class Empty:
    pass


class Child(Base, metaclass=Meta, **extra):
    """Class docstring."""
    attr = 1

    def method(self):
        return super().method()


class Old():
    x: int = 3


if __name__ == "__main__":
    main()
elif other:
    pass
else:
    pass

while True:
    break
else:
    continue_flag = False

for i in range(10):
    if i % 2:
        continue
    print(i)
else:
    print("done")

for k, v in d.items(): print(k, v)
for (a, b), c in pairs: pass

try:
    risky()
except ValueError as e:
    handle(e)
except (TypeError, KeyError):
    pass
except:
    raise
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

with open("f") as fh, lock:
    pass
with (open("a") as a, open("b") as b):
    pass
with (yield_thing):
    pass
with a as (b, c):
    pass

if x: pass
while x: x -= 1
