# _functools: reduce and cmp_to_key as CPython's C versions behave
import _functools, functools
from operator import add
print(functools.reduce is _functools.reduce, functools.cmp_to_key is _functools.cmp_to_key)
print(_functools.reduce(add, [1, 2, 3]), _functools.reduce(add, [], 10), _functools.reduce(add, "abc", ""))
for args in ((add,), (add, [1], 0, 4), (add, []), (add, 5)):
    try:
        _functools.reduce(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    _functools.reduce(add, [1], initial=0)
except TypeError as e:
    print("TypeError", e)
def cmp(x, y):
    return (x > y) - (x < y)
key = _functools.cmp_to_key(mycmp=cmp)
print(type(key).__name__, type(key).__module__, type(key).__qualname__)
print(sorted([3, 1, 2], key=_functools.cmp_to_key(lambda x, y: y - x)))
print(key(3) == key(3), key(3) > key(1), key(1) <= key(0), key(obj=50).obj)
for f in (lambda: key(3) > 1, lambda: 1 < key(3), lambda: hash(key(1)), lambda: key(), lambda: key(1, 2),
          lambda: _functools.cmp_to_key(), lambda: _functools.cmp_to_key(cmp, None), lambda: type(key)()):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(_functools.reduce.__doc__.splitlines()[0])
