# __init_subclass__ with keyword arguments, class keywords and metaclass interplay.

class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name, "priority", priority)


class Csv(Plugin, name="csv", priority=5):
    pass


class Json(Plugin, priority=9):
    pass


class Yaml(Json, name="yaml"):
    pass


print(sorted(Plugin.registry))
print([c.priority for c in sorted(Plugin.registry.values(), key=lambda c: c.plugin_name)])

try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Tagged:
    def __init_subclass__(cls, **kwargs):
        tags = kwargs.pop("tags", ())
        super().__init_subclass__(**kwargs)
        cls.tags = tuple(sorted(tags))


class Mixin:
    def __init_subclass__(cls, mixin_flag=False, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.mixin_flag = mixin_flag


class Both(Tagged, Mixin, tags=["b", "a"], mixin_flag=True):
    pass


print(Both.tags, Both.mixin_flag)
print([k.__name__ for k in Both.__mro__])


class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", name, sorted(kwargs))
        return super().__new__(mcls, name, bases, ns, **kwargs)

    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name, sorted(kwargs))
        super().__init__(name, bases, ns)


class Base(metaclass=Meta):
    def __init_subclass__(cls, level=1, **kwargs):
        print("Base.__init_subclass__", cls.__name__, level)
        super().__init_subclass__(**kwargs)


class Child(Base, level=3):
    pass


class GrandChild(Child):
    pass


# __init_subclass__ is an implicit classmethod
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
print(Child.__init_subclass__.__self__ is Child)
