# Generates interpreter/src/test/resources/snippets/NAME.py + NAME.out with CPython 3.11
import subprocess, os, sys
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
snips = {}
def S(name, code): snips[name] = code
S("float_repr", r'''
for x in [1e16, 1e15, 0.1, 1e-05, 0.0001, float("inf"), -float("inf"), float("nan"), -0.0, 0.0, 5e-324, 1.7976931348623157e+308,
          0.1+0.2, 1/3, 123456789012345678.0, 1e22, 2.5e-07, 100.0, 1e100, 1.23e-45, 1230000.0, 1e23, 2.0**53, 9007199254740993.0,
          3.141592653589793, 2.675, 1.5e300*1.5e300, 12345.678, 0.5, 7.0, -1.25e-10, 4.35, 0.3, 1e-7, 1.0000000000000002]:
    print(repr(x), str(x))
print([1.0, 2.5e-7], (0.1,), {1.5: 2.25})
''')
S("format_spec", r'''
tests = [(1234567, ','), (1234567, '_x'), (1234, '010,'), (-5, '=+8'), (3.14159, '.2f'), (1e20, ',.2f'), (12, '#x'), (12, '#o'),
 (12, '#b'), (True, ''), (True, 'd'), (1.0, '.3'), (1234.5, '.2'), (0.0001, 'g'), (1e-5, ''), (2.5, '%'), ('x', '^5'), ('x', '*>5'),
 (12.5, '08.2f'), (-0.0, 'z.1f'), (1.5, 'e'), (100, 'e'), (65, 'c'), ('abc', '.2'), (None, ''), (255, 'X'), (-255, '#x'),
 (0.000123456, '.3e'), (123456789.0, 'g'), (1.5, '+.1f'), (42, ' d'), (3, '>4'), ('ab', '<4'), (1234.5678, ',.2f'), (0.5, '.0%'),
 (2.5, '.0f'), (3.5, '.0f'), (1e16, ''), (1e16, '.17g'), (12345678901234567890, ','), (1.0, 'G'), (float('nan'), 'f'), (float('inf'), '+e')]
for v, s in tests:
    try: print(repr(v), repr(s), repr(format(v, s)))
    except Exception as e: print(repr(v), repr(s), type(e).__name__, e)
for f, a in [('%d', 3), ('%5.2f|%-5d|%05d', (3.14159, 42, 7)), ('%(a)s-%(b)r', {'a': 1, 'b': 'x'}), ('%c%c', (65, 'b')),
             ('%.3s', 'abcdef'), ('%+d', 5), ('%e', 12345.678), ('%g', 0.00001234), ('%i', 3.9), ('%o', 8), ('%#x', 255),
             ('%%', ()), ('%x', 1.5), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%*d', (5, 42)), ('%-*s|', (6, 'ab')), ('%r', [1, 'a'])]:
    try: print(repr(f), repr(f % a))
    except Exception as e: print(repr(f), type(e).__name__, e)
print("{} {!r} {:>6} {x}".format([1, 2], 3.5, "r", x=7), "{0[1]} {1.real}".format([1, 2], 3))
print("{:{w}.{p}f}".format(3.14159, w=10, p=3), f"{3.14159:{8}.{2}}", f"{'q'!r:>5}", f"{1+1=}", f"{10:#b}")
''')
S("int_ops", r'''
print(2**100, -2**63 // -1, 7 // -2, -7 % 3, divmod(-7, 2), 10**20 % 7, (-10**20) // 3, 2**64 - 1, -(2**63))
print(pow(2, 100, 97), pow(2, -1, 5), 1 << 70, (1 << 70) >> 68, ~5, -5 & 0xff, 5 | 10, 5 ^ 3, abs(-2**70))
print(int("  12 "), int("-0x1f", 16), int("0b101", 0), int("1_000"), int(3.99), int(-3.99), int(1e20), round(2.5), round(3.5), round(-0.5))
print(round(1234.5678, 2), round(1234, -2), round(1250, -2), round(2.675, 2), 10 / 4, 1 / 3, 2 ** -2, 7.5 // 2, -7.5 % 2)
print(hash(-1), hash(2**61), hash(1.5), hash(-0.5), hash((1, 2)), hash(()), hash(True), hash(1.0) == hash(1), hash(2**100))
print(1 == 1.0, 2**53 + 1 == float(2**53 + 1), 10**30 > 1e30, 3 < 3.5 < 4, True + True, 0 == -0.0)
print(bin(10), oct(64), hex(-255), (255).bit_length(), (-5).__abs__(), int.__add__(1, 2), (7).__rtruediv__(2))
for e in ['1/0', '1//0', '1%0', '1.0/0', '1.0//0', '1.0%0', 'divmod(1,0)', '0**-1', 'int("x")', 'float("x")', '1<<-1', 'int("1", 1)']:
    try: print(eval(e))
    except Exception as x: print(e, type(x).__name__, x)
''')
S("dict_set_order", r'''
d = {'b': 1, 'a': 2}
d['c'] = 3; del d['b']; d['b'] = 4; d['a'] = 5
print(d, list(d), list(d.values()), list(d.items()))
print({3, 1, 2}, {100, 5, 33, 8, 1000, -1}, set(range(20, 0, -3)), {1, 2} | {7, 3}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {2}, {1, 2} ^ {2, 5})
print({(1, 2), (3, 4), (0, 0)}, frozenset([5, 1, 3]), {1.5, 2.5, -3.0}, {True, 0, 2}, set([64, 8, 16, 32]))
s = set()
for i in [17, 9, 1, 33, 65, 129]: s.add(i)
print(s, s.pop(), s)
print(dict.fromkeys('abc', 0), dict(zip('xy', [1, 2])), {**d, 'z': 0}, d | {'q': 1})
print(sorted({'pear': 1, 'apple': 2}.items()), {k: v for k, v in [(1, 2), (3, 4)]})
''')
S("classes", r'''
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
try:
    class X(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class P:
    def __init__(self, x): self._x = x
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @staticmethod
    def s(a): return a + 1
    @classmethod
    def c(cls, a): return cls.__name__ + str(a)
    def __repr__(self): return f"P({self._x})"
    def __eq__(self, o): return isinstance(o, P) and o._x == self._x
    def __lt__(self, o): return self._x < o._x
    def __len__(self): return self._x
    def __bool__(self): return self._x > 0
    def __call__(self, *a, **k): return (a, k)
    def __getitem__(self, i): return i * 10
    def __contains__(self, v): return v == 42
    def __add__(self, o): return P(self._x + (o._x if isinstance(o, P) else o))
    def __radd__(self, o): return P(self._x + o)
p = P(3); p.x = 5
print(p, p.x, P.s(1), P.c(2), p.c(3), p == P(10), p != P(10), sorted([P(3), P(1), P(2)]), len(p), bool(P(0)), p(1, k=2), p[4], 42 in p, 1 in p)
print(p + P(1), p + 1, 1 + p, sum([P(1), P(2)], P(0)), P.__dict__['s'].__class__.__name__, type(P.x).__name__)
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E("bad", 7)
except E as e:
    print(repr(e), str(e), e.code, e.args, isinstance(e, Exception))
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['tag'] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class T(metaclass=Meta): pass
print(T.tag, type(T).__name__, isinstance(T, Meta))
class L(list):
    def total(self): return sum(self)
l = L([1, 2, 3]); l.append(4)
print(l, l.total(), len(l), isinstance(l, list), type(l).__name__)
class Dd(dict):
    def __missing__(self, k): return k * 2
print(Dd(a=1)['zz'], Dd(a=1)['a'])
''')
S("generators", r'''
def g(n):
    for i in range(n):
        x = yield i
        if x: print("got", x)
    return "done"
it = g(3)
print(next(it), it.send("hi"), next(it))
try: next(it)
except StopIteration as e: print("stop", e.value)
def inner():
    yield 1
    r = yield 2
    return r
def outer():
    v = yield from inner()
    yield ("inner returned", v)
o = outer(); print(next(o), next(o), o.send("R"))
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
f = fin(); print(next(f)); f.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
t = thrower(); next(t); print(t.throw(ValueError("boom")))
print(list(x * x for x in range(5) if x % 2), sum(i for i in range(101)), any(x > 3 for x in [1, 5]) , max((len(w), w) for w in ["a", "ccc", "bb"]))
def fibg():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools if False else None
''' .replace("import itertools if False else None\n", "") + r'''
fg = fibg(); print([next(fg) for _ in range(10)])
def nested_try():
    for i in range(3):
        try:
            if i == 1: raise KeyError(i)
            yield i
        except KeyError:
            yield "k"
        finally:
            yield "f"
print(list(nested_try()))
def expr_yield():
    a = (yield 1) + (yield 2)
    yield a
e = expr_yield(); print(next(e), e.send(10), e.send(20))
''')
S("exceptions", r'''
def f():
    try:
        1/0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
try: f()
except ValueError as e: print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try: {}["k"]
    except KeyError: raise TypeError("t")
except TypeError as e: print(repr(e.__context__))
def g():
    try: return "try"
    finally: print("finally")
print(g())
def h():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("fin", i)
    return i
print(h())
try: raise
except RuntimeError as e: print(e)
try:
    assert 1 == 2, "msg"
except AssertionError as e: print("assert", e)
import sys
try: raise KeyError("x")
except KeyError: print(sys.exc_info()[0].__name__)
print(sys.exc_info())
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None, v); return True
with Ctx() as c:
    raise IndexError("swallowed")
print("after with")
e = Exception("a", 1); print(e.args, str(e), repr(e), str(KeyError("k")), str(OSError(2, "No such file", "x.txt")))
try: [].pop()
except IndexError as e: print(e)
try: int.foo
except AttributeError as e: print(e)
try: n = None; n()
except TypeError as e: print(e)
try: undefined_name
except NameError as e: print(e)
def loc():
    print(x)
    x = 1
try: loc()
except UnboundLocalError as e: print(e)
try: (1, 2)[5]
except IndexError as e: print(e)
try: "abc" + 1
except TypeError as e: print(e)
try: 1 < "a"
except TypeError as e: print(e)
try: a, b = [1, 2, 3]
except ValueError as e: print(e)
try: a, b, c = [1, 2]
except ValueError as e: print(e)
''')
S("builtins", r'''
print(list(enumerate("ab", 1)), list(zip([1, 2, 3], "xy")), list(map(lambda a, b: a * b, [1, 2], [3, 4])), list(filter(None, [0, 1, "", "a"])))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), list(reversed([1, 2, 3])), list(reversed(range(3))))
print(min(3, 1, 2), max([1, 5, 3]), min([], default=0), max("abc", key=ord), sum([1, 2, 3], 10), sum([0.1] * 10))
print(abs(-3.5), all([]), any([]), isinstance(1, (str, int)), issubclass(bool, int), callable(len), callable(1))
print(chr(9731), ord("€"), hex(255), divmod(17, 5), pow(3, 4), round(3.14159, 2), type(1.0).__name__, type(type).__name__)
print(repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\n\t\x00é☃"), ascii("é☃"), str(b"ab\x00"), repr(b'x"y'))
print(int("42"), float("1e3"), bool([]), list("ab"), tuple([1]), dict(a=1), set("aab") == {"a", "b"}, frozenset() == set())
print(getattr(1, "real"), hasattr([], "append"), getattr([], "nope", "dflt"), len({1: 2}), len("héllo"), "ab" * 3, [0] * 3)
o = type("O", (), {"v": 1})(); setattr(o, "w", 2); print(o.v, o.w, vars(o), sorted(dir(o))[-2:])
print(list(iter([1, 2])), next(iter("x")), next(iter([]), "end"), list(range(10, 0, -3)), range(5)[1:3], slice(1, 5, 2))
print("a,b,,c".split(","), " a b ".split(), "a b c".split(None, 1), "a,b,c".rsplit(",", 1), "x".join(["1", "2"]), "  s  ".strip())
print("Hello World".lower(), "hello".upper(), "hello world".title(), "hELLO".capitalize(), "AbC".swapcase(), "ab".center(6, "*"))
print("abcabc".find("c"), "abcabc".rfind("c"), "abc".index("b"), "aaa".count("a"), "abc".startswith(("x", "a")), "abc".endswith("bc"))
print("a-b-c".replace("-", "+", 1), "abc".partition("b"), "a.b.c".rpartition("."), "42".zfill(5), "-42".zfill(5), "x\ty".expandtabs(4))
print("abc".isalpha(), "123".isdigit(), " ".isspace(), "Ab".istitle(), "abc".islower(), "ABC".isupper(), "a1".isalnum(), "_x".isidentifier())
print("line1\nline2\r\nline3".splitlines(), "ab\n".splitlines(True), "{0}-{0}".format("r"), "%s=%d" % ("k", 3), "tEsT".casefold())
print([1, 2, 3][::-1], [1, 2, 3, 4, 5][1:4:2], "hello"[-3:], (1, 2, 3)[1:], list(range(10))[::3], "abc"[::-1])
l = [5, 3, 8]; l.sort(); l.insert(0, 9); l.extend([1]); l.remove(8); print(l, l.pop(), l.pop(0), l.index(5), l.count(3), l)
l = [1, 2, 3, 4, 5]; l[1:3] = ["a"]; del l[0]; l[::2] = [0, 0]; print(l)
d = {"a": 1}; print(d.get("b"), d.setdefault("b", 2), d.pop("a"), d, d.popitem(), d, {"x": 1}.items())
print(isinstance(True, int), type(None).__name__, None.__class__, NotImplemented, ..., Ellipsis)
print(globals()["__name__"], __name__, (lambda: 1).__name__, print.__name__, len.__class__.__name__)
import math, time, gc
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.pi, math.factorial(20), math.gcd(12, 18), math.isclose(0.1 + 0.2, 0.3), math.log(8, 2), math.hypot(3, 4))
print(type(time.time()).__name__, time.perf_counter() > 0, gc.isenabled(), gc.get_threshold())
''')
S("scopes_closures", r'''
x = "global"
def outer():
    x = "enclosing"
    def inner():
        nonlocal x
        x = "modified"
        return x
    inner()
    return x
print(outer(), x)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c(), c.__closure__[0].cell_contents)
def make():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return [f() for f in fs]
print(make())
def g():
    global y
    y = 5
g(); print(y)
class K:
    a = 1
    b = [a * 2 for _ in range(2)] if False else None
    def m(self): return self.a
print(K().m(), K.b)
def deco(tag):
    def wrap(fn):
        def w(*a, **k): return tag + str(fn(*a, **k))
        return w
    return wrap
@deco("<")
@deco(">")
def val(v): return v
print(val(3))
def kw(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6), kw(*[1, 2], **{"c": 3}))
def posonly(a, b, /, c): return a + b + c
print(posonly(1, 2, c=3))
for call in ["kw()", "kw(1)", "kw(1, c=1, a=2)", "posonly(a=1, b=2, c=3)", "kw(1, 2, c=3, zz=1) and kw(1, 2, 3, c=1, c2=1)", "posonly(1, 2, 3, 4)"]:
    try: print(eval(call))
    except TypeError as e: print(e)
print((lambda *a, **k: (a, k))(1, x=2), (lambda: (yield))().__class__.__name__)
z = 10
print([z + i for i in range(3)], {i: z for i in range(2)}, (w := 5), w)
''')
S("misc_runtime", r'''
import sys
print(sys.argv[0].endswith(".py") or sys.argv[0] == "-c", sys.getrecursionlimit(), type(sys.path).__name__, "sys" in sys.modules)
def rec(n): return rec(n + 1)
try: rec(0)
except RecursionError as e: print("RecursionError", e)
sys.setrecursionlimit(5000)
def depth(n): return 0 if n == 0 else 1 + depth(n - 1)
print(depth(4000))
sys.setrecursionlimit(1000)
import gc
class Node: pass
a = Node(); a.me = a
l = [1]; l.append(l)
del a, l
print(gc.collect() >= 1)
events = []
sys.addaudithook(lambda e, a: events.append((e, a)) if e.startswith("t.") else None)
sys.audit("t.one", 1, "x"); sys.audit("t.two")
print(events)
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}))
ns = {}; exec("def f(): return 7\nv = f()", ns); print(ns["v"])
code = compile("a = 5", "<s>", "exec"); g = {}; exec(code, g); print(g["a"])
print(repr(1.0 * 10**16), 0.1 + 0.7, 3 * 1.1, 1e300 * 1e10, -1e300 * 1e10, float("-nan") != float("nan"))
print(str(1e16), str(-1.5e-7), f"{1e16}", 1e16 == 10**16, int(1e16))
''')
for name, code in snips.items():
    p = os.path.join(out, name + ".py")
    open(p, "w").write(code.lstrip("\n"))
# plus hand-written programs kept in the folder (x_*.py)
for f in sorted(os.listdir(out)):
    if f.startswith("x_") and f.endswith(".py"):
        snips[f[:-3]] = None
for name in snips:
    r = subprocess.run(["/usr/bin/python3.11", "-X", "no_debug_ranges", name + ".py"], cwd=out, capture_output=True, text=True, env={"PYTHONHASHSEED": "0", "PATH": "/usr/bin"})
    open(os.path.join(out, name + ".out"), "w").write(r.stdout + ("" if not r.stderr else "STDERR:\n" + r.stderr) + "EXIT %d\n" % r.returncode)
    print(name, r.returncode, r.stderr[-300:])
