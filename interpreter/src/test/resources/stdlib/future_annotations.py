# PEP 563: annotations stored as the strings CPython 3.11 unparses them to (Python/ast_unparse.c).
from __future__ import annotations
import sys

x: "List[int]" = []
y: int | None
z: dict[str, int] = {}
w: (int, str)
v: tuple[int, ...]
u: Callable[[int, str], bool]
t: list[int][0] if a else b
s: -1 + 2 ** -3 ** 4
r: (a or b) and not c
q: f(x for x in y)
p: lambda a, b=1, *c, d, **e: a
o: {1: 2, **k}
n: {1, 2} | {*()}
m: x[1:2, ::3]
l: 1 .real + 1.5e300 * 1e400
k: f"a{b!r:>{w}}c{{"
j: [x async for x in y if x]
i: a < b <= c is not d not in e
h: 'it''s'
g: b'bytes'
dd: a @ b // c % d << e >> f & g ^ h
cc: ~a
aa: u"uni"

def fn(a: int | None, b: "str" = "x", *args: tuple[int], c: List[Dict[str, int]], **kw: Any) -> dict[str, int]:
    loc: int = 1
    return {}

class C:
    attr: ClassVar[int] = 3
    other: Optional["C"]
    def m(self) -> C: ...

for k_, v_ in __annotations__.items():
    print(k_, repr(v_))
print(fn.__annotations__)
print(C.__annotations__, C.m.__annotations__)


def err(src):
    try:
        compile(src, "<src>", "exec", dont_inherit=True)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)


err("from __future__ import braces")
err("from __future__ import nonexistent")
err("import os\nfrom __future__ import annotations")
err("from __future__ import annotations\nx: (yield)")
err("from __future__ import annotations\nx: (y := 1)")
err("async def f():\n    from __future__ import annotations\n    x: await y")
