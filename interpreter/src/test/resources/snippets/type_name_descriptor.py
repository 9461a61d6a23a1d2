# type's data descriptors (__name__, __qualname__, __bases__, __mro__, __dict__, __class__) win
# over names the class itself defines for its instances
class NamedInt(int):
    @property
    def __name__(self):
        return "instance-name"
    __bases__ = "class attr"
x = NamedInt(3)
print(type(x).__name__, NamedInt.__qualname__, NamedInt.__bases__, x.__name__, x.__bases__)
print("{}({!r})".format(type(x).__name__, int(x)))
class Meta(type):
    @property
    def __name__(cls):
        return "meta-name"
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.__name__, WithMeta.__qualname__)
print(NamedInt.__doc__, WithMeta.__dict__["__module__"])
