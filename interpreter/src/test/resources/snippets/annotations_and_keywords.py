# repeated keyword arguments in eval mode, a parenthesized annotated name is not a local,
# class and module __annotations__ made empty on first access (never a base's)
for src in ("f(1, x=2, *(3,4), x=5)", "f(x=1, x=2)", "f(1, x=2, **{}, x=5)"):
    try:
        compile(src, "<s>", "eval"); print("compiled")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
def f2bad():
    (no_such_global): int
    print(no_such_global)
try:
    f2bad()
except NameError as e:
    print(type(e).__name__, e)
class A:
    attr: int
class B(A):
    pass
class C(A):
    x: str
print(A.__annotations__, B.__annotations__, C.__annotations__, '__annotations__' in B.__dict__)
import types
m = types.ModuleType("m")
print(m.__annotations__, '__annotations__' in m.__dict__)
