class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *a): print("exit", self.n, a[0].__name__ if a[0] else None); return False
with CM(1) as x, CM(2) as y:
    print("body", x, y)
try:
    with CM(3):
        raise KeyError("k")
except KeyError:
    print("propagated")
def calls():
    log = []
    def f(v): log.append(v); return v
    r = f(1) < f(2) < f(0) < f(3)
    return r, log
print(calls())
print(0 or [] or "x", 1 and 0 and 2, not (1 and 2))
data = [y for x in range(5) if (y := x * 2) > 2]
print(data, y)
def scope():
    total = 0
    vals = [total := total + v for v in range(4)]
    return vals, total
print(scope())
class C:
    x = 5
    y = [x * 2 for _ in range(1)] if False else 0
    def m(self):
        try:
            return x
        except NameError as e:
            return str(e)
print(C().m())
funcs = []
for i in range(3):
    def f(): return i
    funcs.append(f)
print([g() for g in funcs])
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())
def kwargs_order(**kw): return list(kw)
print(kwargs_order(b=1, a=2, c=3))
def f(*args, sep="-"): return sep.join(map(str, args))
print(f(1, 2, 3), f(*"ab", sep="+"), f(*[1], *[2], sep=""))
print(dict(**{"a": 1}, b=2), {**{"x": 1}, **{"x": 2}})
print(*[1, 2], *"ab", sep="|")
first, second, *_ = "abcdef"; print(first, second, _)
print(b"abc"[1], b"abc"[1:], bytes([65, 66]), b"x" + b"y", b"ab" * 2, len(b"\x00\xff"), b"A" in b"ABC", list(b"hi"))
print("{:>10}".format("right"), "{:<10}|".format("left"), "{:^10}".format("mid"), "{:08.3f}".format(-3.14159))
print(f"{'a' + 'b'}", f"{ {'k': 1}['k'] }", f"{3:{'>'}{5}}", f'{"q"}', f"{chr(65)}{ord('B')}")
import sys
print(sys.maxsize, sys.platform in ("linux", "darwin"), type(sys.stdout).__name__)
nums = [3, 1, 4, 1, 5, 9, 2, 6]
nums.sort(key=lambda v: (v % 3, -v))
print(nums, sorted(nums, key=str), list(reversed(sorted(set(nums)))))
m = [[0] * 3 for _ in range(2)]; m[0][1] = 5; print(m)
mm = [[0] * 3] * 2; mm[0][1] = 5; print(mm)
print(list(range(0)), list(range(-3)), list(range(1, 10, 4)), range(3) == range(0, 3), len(range(0, 10, 3)))
it = iter([1, 2, 3]); print(next(it), list(it), next(it, "done"))
print(list(zip(range(3), "abc", [True] * 3)), list(enumerate([], 5)))
print(all(x > 0 for x in [1, 2]), any([]), sum([[1], [2]], []), min([(2, "b"), (1, "z")]))
print("".join(reversed("abc")), " ".join(["a"] * 3), "-".join(str(i) for i in range(3)))
print(abs(-5), abs(3.5), round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1e20), round(7, -1))
