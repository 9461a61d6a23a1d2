import math
import shapes_mod


def double(x):
    """Return twice x."""
    return 2 * x


def apply(f, v):
    return f(v)


ops = {"double": double, "neg": lambda x: -x, "abs": abs, "sqrt": math.sqrt}
for name in sorted(ops):
    print(name, ops[name](16))
print(apply(double, 5), apply(len, "four"), apply(str.upper, "up"))
print(double.__name__, double.__doc__, double.__qualname__, double.__module__)
print(type(double).__name__, type(len).__name__, type(math).__name__, type(lambda: 0).__name__)
print(callable(double), callable(math), callable(shapes_mod.Square))
funcs = [double, str, len]
print([f("ab") for f in funcs])
mod = math
print(mod.__name__, mod.floor(3.7), getattr(mod, "ceil")(3.2))
modules = [math, shapes_mod]
print([m.__name__ for m in modules])
print(shapes_mod.__name__, shapes_mod.__doc__)
print(hasattr(shapes_mod, "Square"), "Square" in dir(shapes_mod))
alias = double
print(alias is double, alias(21), double == alias)


class Holder:
    pass


h = Holder()
h.func = double
print(h.func(3))
Holder.method = lambda self, v: v + 1
print(h.method(1))
print(double.__code__.co_name, double.__code__.co_argcount, double.__code__.co_varnames)
print(Holder.__module__, Holder.__qualname__, __name__)


def outer():
    def inner():
        pass
    return inner


print(outer().__qualname__, outer().__name__)
