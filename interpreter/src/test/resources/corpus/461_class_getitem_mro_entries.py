# __class_getitem__ and __mro_entries__: subscripting classes and subclassing non-classes.

class Box:
    def __init__(self, item):
        self.item = item

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        names = ", ".join(getattr(p, "__name__", repr(p)) for p in params)
        return "%s[%s]" % (cls.__name__, names)


print(Box[int], Box[int, str], Box["forward"], Box[None])
print(type(Box.__dict__["__class_getitem__"]).__name__)


class Sub(Box):
    pass


print(Sub[float])
try:
    Box(1)[0]
except TypeError as e:
    print("TypeError:", e)


class Alias:
    """Not a class, but usable as a base through __mro_entries__."""

    def __init__(self, origin, arg):
        self.origin = origin
        self.arg = arg

    def __mro_entries__(self, bases):
        print("  __mro_entries__ with", [getattr(b, "__name__", "alias") for b in bases])
        return (self.origin,)


class Typed:
    def __class_getitem__(cls, arg):
        return Alias(cls, arg)

    def hello(self):
        return "hello from " + type(self).__name__


class Concrete(Typed[int]):
    pass


print(Concrete().hello(), [k.__name__ for k in Concrete.__mro__])
print(Concrete.__orig_bases__[0].arg.__name__, Concrete.__bases__[0].__name__)


class Nothing:
    def __mro_entries__(self, bases):
        return ()


class Plain(Nothing(), Box):
    pass


print([k.__name__ for k in Plain.__mro__])

# built-in generic aliases
alias = list[int]
print(alias, alias.__origin__.__name__, alias.__args__, dict[str, list[int]])
print(list[int]([1, 2]), type(alias) is type(dict[str, int]), tuple[int, ...])
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)


# a metaclass __getitem__ takes precedence over __class_getitem__
class Meta(type):
    def __getitem__(cls, key):
        return "meta " + str(key)


class WithBoth(metaclass=Meta):
    def __class_getitem__(cls, key):
        return "class " + str(key)


print(WithBoth[1])
