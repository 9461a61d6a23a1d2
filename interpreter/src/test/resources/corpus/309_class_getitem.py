class Box:
    def __class_getitem__(cls, item):
        print('class_getitem', cls.__name__, item)
        return f'{cls.__name__}[{getattr(item, "__name__", item)}]'

    def __init__(self, item):
        self.item = item


print(Box[int])
print(Box[str])
print(Box['custom'])
print(Box(3).item)


class Registry:
    _types = {}

    def __class_getitem__(cls, key):
        if key not in cls._types:
            cls._types[key] = type(f'Registry_{key.__name__}', (cls,), {'kind': key})
        return cls._types[key]


IntReg = Registry[int]
print(IntReg.__name__, IntReg.kind.__name__, Registry[int] is IntReg)
print(issubclass(IntReg, Registry))
ga = list[int]
print(ga, ga.__origin__.__name__, ga.__args__)
print(dict[str, list[int]])
print(tuple[int, ...])
x = list[int]([1, 2, 3])
print(x, type(x).__name__)
