# inspect: signature (parameters, defaults, annotations, kinds, binding), classification, members, getsource, stack.
import inspect
import functools


def f(a, b: int = 2, /, c=3, *args, d, e: "str" = "x", **kw) -> bool:
    """A function."""
    return True


sig = inspect.signature(f)
print(sig, sig.return_annotation)
for name, p in sig.parameters.items():
    print(name, p.kind, p.default if p.default is not p.empty else "-", p.annotation if p.annotation is not p.empty else "-")
b = sig.bind(1, 2, 3, 4, d=5, z=6)
print(b.arguments, b.args, b.kwargs)
b.apply_defaults()
print(sig.bind_partial(1).arguments)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError", e)
print(inspect.signature(lambda x, *, y=1: None), inspect.signature(functools.partial(f, 1, d=2)))


class K:
    """Doc of K."""
    attr = 1

    def __init__(self, x, y=0):
        self.x = x

    def method(self, z):
        return z

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm(q):
        pass

    @property
    def prop(self):
        return 1


print(inspect.signature(K), inspect.signature(K.method), inspect.signature(K(1).method), inspect.signature(K.cm))
print(inspect.isfunction(f), inspect.ismethod(K(1).method), inspect.isclass(K), inspect.ismodule(inspect), inspect.isbuiltin(len))
print(inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(f), inspect.isroutine(K.sm), inspect.isdatadescriptor(K.__dict__["prop"]))
print([n for n, _ in inspect.getmembers(K) if not n.startswith("__")])
print([n for n, _ in inspect.getmembers(K, inspect.isfunction)])
print(inspect.getdoc(K), inspect.getdoc(f), inspect.cleandoc("  a\n    b\n  c"))
print(inspect.getmodule(f).__name__, inspect.getfile(f).endswith("inspect_module.py"), inspect.getsourcefile(f).endswith(".py"))
print(inspect.getsource(f))
print(inspect.getsourcelines(K.method)[1])
print(inspect.getmro(bool), inspect.getfullargspec(f).kwonlydefaults)
print(inspect.unwrap(functools.wraps(f)(lambda: None)) is f)
frame = inspect.currentframe()
print(frame.f_code.co_name, inspect.getframeinfo(frame).function, inspect.stack()[0].function)


def outer():
    return inspect.stack()[1].function, inspect.currentframe().f_back.f_code.co_name


print(outer())
print(inspect.getattr_static(K(1), "prop").__class__.__name__, inspect.getcallargs(f, 1, d=4))
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=1), inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY)]))
print(inspect.formatannotation(list[int]), inspect.getclasstree([K, bool])[0][0])
