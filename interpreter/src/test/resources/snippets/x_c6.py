class Outer:
    class Inner:
        def m(self):
            return type(self).__qualname__
    def method(self):
        def helper():
            return super(Outer, self).__repr__()[:8]
        return helper()
print(Outer.Inner().m(), Outer.Inner.__qualname__, Outer().method(), Outer.method.__qualname__)
class A:
    @classmethod
    def create(cls):
        return cls()
    def __repr__(self): return "A()"
class B(A):
    @classmethod
    def create(cls):
        obj = super().create()
        obj.tag = "b"
        return obj
    def __repr__(self): return "B()"
b = B.create(); print(b, b.tag)
class Lazy:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        return "computed_" + name
l = Lazy(); print(l.real, l.virtual)
class Guard:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private")
        object.__setattr__(self, name, value)
g = Guard(); g.ok = 1
try: g._no = 2
except AttributeError as e: print("blocked", e, g.ok)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Cfg(metaclass=Singleton):
    def __init__(self): print("init once")
print(Cfg() is Cfg())
class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self): return hash(self.k.lower())
print(len({Key("A"), Key("a"), Key("b")}), Key("X") in [Key("x")], {Key("q"): 1}[Key("Q")])
class NoHash:
    def __eq__(self, o): return True
try: hash(NoHash())
except TypeError as e: print(e)
x = 42
print(f"{x=}", f"{x = }", f"{x=:>5}", f"{'s'=}")
items = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(items, key=lambda t: t[1]), sorted(items, key=lambda t: t[1], reverse=True))
class Pt:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
p = Pt(1, 2); print(p.x, p.y)
import math
class Angle(float):
    pass
print(isinstance(3, float), float.__name__)
print(int.from_bytes(b"\x01\x00", "big"), (256).to_bytes(2, "little"), bytes(3), bytes("hé", "utf-8"))
def gen_with_return():
    yield 1
    return "r"
def delegator():
    result = yield from gen_with_return()
    print("delegated result", result)
    yield 2
print(list(delegator()))
print(type(lambda: 0).__name__, type(print).__name__, type(len).__name__, type([].append).__name__, type(A.create).__name__)
print(callable(A), callable(A()), A.__name__, A.__module__, A.__bases__, B.__mro__)
print(vars(B)["create"].__class__.__name__, isinstance(A.__dict__["create"], classmethod))
