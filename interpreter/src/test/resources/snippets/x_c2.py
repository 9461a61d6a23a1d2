class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError("subclass must implement")
    def __str__(self):
        return f"{type(self).__name__}({self.name}, area={self.area():.2f})"
    def __repr__(self):
        return f"<{self.name}>"
    def __lt__(self, other):
        return self.area() < other.area()
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        import math
        return math.pi * self.r ** 2
class Square(Shape):
    def __init__(self, s):
        super(Square, self).__init__("square")
        self.s = s
    def area(self):
        return self.s * self.s
shapes = [Circle(1), Square(3), Circle(0.5)]
for s in sorted(shapes):
    print(s)
print(shapes, Shape.count, max(shapes).name)
try:
    Shape("x").area()
except NotImplementedError as e:
    print("NIE:", e)
class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x); return self
    def pop(self):
        if not self._items: raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self): return len(self._items)
    def __iter__(self): return iter(self._items[::-1])
    def __contains__(self, x): return x in self._items
    def __getitem__(self, i): return self._items[-1 - i]
st = Stack().push(1).push(2).push(3)
print(len(st), list(st), 2 in st, st[0], [x for x in st])
class Temp:
    def __init__(self, c): self._c = c
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
t = Temp(100); t.f = 212; print(t.f, t._c)
try: Temp.f.fset(t, "x")
except TypeError as e: print(e)
class Vec:
    def __init__(self, *c): self.c = c
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __eq__(self, o): return self.c == o.c
    def __hash__(self): return hash(self.c)
    def __repr__(self): return f"Vec{self.c}"
    def __neg__(self): return self * -1
    def __abs__(self): return sum(x * x for x in self.c) ** 0.5
    def __bool__(self): return any(self.c)
    def __iter__(self): yield from self.c
print(Vec(1, 2) + Vec(3, 4), 2 * Vec(1, 1), Vec(1, 2) * 3, -Vec(1), abs(Vec(3, 4)), bool(Vec(0, 0)), {Vec(1): 'a'}[Vec(1)], list(Vec(5, 6)))
print(Vec(1) == Vec(1), Vec(1) != Vec(2), Vec(1) in [Vec(1)])
class Counter:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(Counter(3)), sum(Counter(4)), [x * 2 for x in Counter(2)])
class Base:
    def __init_subclass__(cls, **kw):
        cls.registered = kw.get("tag", "none")
class Child(Base, tag="kid"): pass
print(Child.registered)
class WithClassAttr:
    items = []
    def add(self, x): self.items.append(x)
a, b = WithClassAttr(), WithClassAttr(); a.add(1); b.add(2); print(WithClassAttr.items)
print(hasattr(a, "add"), getattr(a, "items") is b.items, type(a).__mro__[-1].__name__, a.__class__.__name__, a.__dict__)
class Desc:
    def __get__(self, obj, typ): return "got" if obj else "class"
    def __set__(self, obj, v): obj.__dict__["_v"] = v
class H:
    d = Desc()
h = H(); h.d = 5; print(h.d, H.d, h._v)
