# ast: parse + dump (fields and positions) like CPython's, literal_eval, NodeVisitor/NodeTransformer, unparse, compile() of a tree.
import ast
import copy
src = '''
import os, sys as system
from . import x
from ..pkg import (a as b, c)
def f(a, /, b: int = 1, *args, c, d=2, **kw) -> str:
    """doc"""
    global g
    x = [i * 2 for i in range(10) if i % 2]
    y = {k: v for k, v in kw.items()}
    z = {1, 2}
    w = (yield)
    del x[0], y
    return f"{a!r:>{b}} and {c}"
async def g():
    async with a as b, c:
        await x
    async for i in y:
        pass
class C(Base, metaclass=M):
    x: int = 5
    y: str
    @property
    def p(self): return self.x
try:
    pass
except (ValueError, TypeError) as e:
    raise RuntimeError("x") from e
except Exception:
    pass
else:
    pass
finally:
    pass
while True:
    break
else:
    continue
for i, (j, k) in enumerate(pairs):
    x += 1; y -= -2; z **= ~3
if a and b or not c:
    assert x, "msg"
elif a < b <= c is not d in e not in f != g:
    pass
lambda x, *y, z=1, **w: (x, y)
a[1:2, ::3, ...] = b.c.d
print(*args, sep='', **kw)
x = 1 if y else 2.5j
s = b'bytes' + u'text' 'concat'
n = None, True, False, 10**100, 0x1f, 1e10
match cmd:
    case [1, 2, *rest]:
        pass
    case {"k": v, **others}:
        pass
    case Point(x=0, y=_) | None:
        pass
    case str() as s if s:
        pass
    case -1 | 1+2j:
        pass
with open(f) as fh, lock:
    nonlocal q
(x := 5)
'''
t = ast.parse(src)
print(ast.dump(t))
print(ast.dump(t, include_attributes=True))
print(ast.dump(ast.parse("x = 'é' + y", mode='exec'), include_attributes=True))
print(ast.dump(ast.parse("1 + 2", mode='eval')))
print(ast.dump(ast.parse("x = 1", mode='single')))
print(ast.dump(t, indent=2))
print(ast.literal_eval("[1, 2.5, -3, 1+2j, 'x', b'y', (1,), {1: 2}, {3}, None, True, ...]"))
for bad in ["x", "1 + y", "f()", "[1, 2"]:
    try:
        ast.literal_eval(bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, str(e).split(" at ")[0])
tree = ast.parse("def f(x):\n    '''Doc.'''\n    return x + 1\nclass K:\n    pass\ny = f(2) * 3\n")
class V(ast.NodeVisitor):
    def __init__(self): self.names = []
    def visit_Name(self, node): self.names.append(node.id); self.generic_visit(node)
    def visit_FunctionDef(self, node): self.names.append("def " + node.name); self.generic_visit(node)
v = V(); v.visit(tree); print(v.names)
print(tree.body[0].body[0].value.value)
print([type(n).__name__ for n in ast.walk(tree)][:12])
print(list(ast.iter_fields(tree.body[2]))[1][0], [type(n).__name__ for n in ast.iter_child_nodes(tree.body[2])])
class T(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node
t2 = T().visit(copy.deepcopy(tree))
print(ast.unparse(t2))
code = compile(ast.fix_missing_locations(t2), "<ast>", "exec")
ns = {}
exec(code, ns)
print(ns["y"], ns["f"].__doc__)
e = ast.Expression(body=ast.BinOp(ast.Constant(2), ast.Mult(), ast.Constant(21)))
print(eval(compile(ast.fix_missing_locations(e), "<e>", "eval")))
n = ast.Name("x", ast.Load())
print(ast.dump(n), n.id, n._fields, ast.Name._attributes, ast.Name.__match_args__)
print(ast.dump(ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Constant(2))))
print(ast.dump(ast.Return()), ast.Return().value, ast.ImportFrom().level)
try:
    ast.Name().id
except AttributeError as e:
    print("AttributeError", e)
try:
    ast.BinOp(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
src = "a = (1 +\n     2)\nprint( a )"
t = ast.parse(src)
print(ast.get_source_segment(src, t.body[0].value), "|", ast.get_source_segment(src, t.body[1]))
print(ast.increment_lineno(t, 2).body[1].lineno)
print(ast.unparse(ast.parse("async def f(*, a=1, **k):\n    async with x as (y, z):\n        return [i async for i in a if i]\n")))
print(ast.unparse(ast.parse("x = f'{a!r:{w}.{p}} {b}' + \"q\"; del a[1:2, ...]; lambda: (yield)")))
match tree.body[2]:
    case ast.Assign(targets=[ast.Name(id=name)], value=ast.BinOp(op=ast.Mult())):
        print("matched", name)
c = copy.copy(tree.body[2]); print(c is not tree.body[2], c.targets is tree.body[2].targets)
p = copy.deepcopy(tree.body[2].value); print(ast.dump(p), p is not tree.body[2].value)
print(isinstance(ast.Constant(1), ast.expr), issubclass(ast.Add, ast.operator), ast.Num(5).value, isinstance(ast.Constant("s"), ast.Str))
print(ast.PyCF_ONLY_AST, ast.AST.__module__, ast.Add.__doc__, ast.expr_context.__doc__)
class MyNode(ast.AST):
    _fields = ("a", "b")
print(MyNode(1, b=2).b, ast.dump(MyNode(1, 2)))
print(ast.dump(ast.parse("x: 'int' = 5\nimport a.b.c as d\nfrom . import (z)\n"), indent=1))

# compile() of hand-made trees: CPython's errors for missing fields
for build in [lambda: ast.Module([ast.Expr(ast.Constant(1))], []), lambda: ast.Module([ast.Expr(ast.BinOp(lineno=1, col_offset=0), lineno=1, col_offset=0)], []),
              lambda: ast.Expression(ast.Name("x", ast.Load())), lambda: ast.Module([ast.Pass(lineno=1, col_offset=0)])]:
    try:
        m = build()
        print(type(compile(m, "<t>", "exec" if isinstance(m, ast.Module) else "eval")).__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    compile(ast.Expression(ast.Constant(1)), "<t>", "exec")
except TypeError as e:
    print("TypeError", e)
