# len() is a Py_ssize_t: ranges and __len__ beyond 2**31 (bisect over range(sys.maxsize - 1))
import sys, bisect, _bisect
n = sys.maxsize
print(len(range(n - 1)), len(range(0, n, 2)), len(range(2**31 + 5)))
class R:
    def __len__(self): return n - 1
    def __getitem__(self, i): return i
print(len(R()))
for mod in (bisect, _bisect):
    print(mod.bisect_left(range(n - 1), n - 3), mod.bisect_right(range(n - 1), n - 3), mod.bisect_left(R(), n - 3, n - 10, n))
for bad in (lambda: len(range(-n, n)), lambda: len(type("B", (), {"__len__": lambda s: 2**63})()),
            lambda: len(type("N", (), {"__len__": lambda s: -1})())):
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
