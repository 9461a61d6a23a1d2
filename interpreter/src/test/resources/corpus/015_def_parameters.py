def defaults(a, b=2, c="three"):
    return (a, b, c)


print(defaults(1))
print(defaults(1, 20))
print(defaults(1, c="C"))


def var_args(first, *args):
    return first, args


print(var_args(1))
print(var_args(1, 2, 3))


def kw_only(a, *, key, flag=False):
    return a, key, flag


print(kw_only(1, key="k"))
print(kw_only(1, flag=True, key="k2"))


def var_kwargs(**kwargs):
    return sorted(kwargs.items())


print(var_kwargs())
print(var_kwargs(x=1, y=2))


def everything(a, b=0, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs


print(everything(1, c=3))
print(everything(1, 2, 3, 4, c=5, e=6))


def positional_only(a, b, /, c):
    return a + b + c


print(positional_only(1, 2, c=3))


def annotated(x: int, y: "str" = "s", *args: float, z: list = None, **kw: dict) -> bool:
    return True


print(annotated.__annotations__)
print(annotated(1))


def mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket


print(mutable_default(1))
print(mutable_default(2))


def safe_default(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(safe_default(1), safe_default(2))
print(defaults.__defaults__, kw_only.__kwdefaults__)
print(defaults.__name__, everything.__code__.co_argcount)


def no_return():
    x = 1


def early(n):
    if n:
        return "early"
    return


print(no_return(), early(1), early(0))


def multi():
    return 1, 2


print(multi())
