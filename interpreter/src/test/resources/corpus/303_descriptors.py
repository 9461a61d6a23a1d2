class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = '_' + name
        print('set_name', owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}, got {type(value).__name__}')
        setattr(obj, self.storage, value)


class Point:
    x = Typed(int)
    y = Typed(int)
    label = Typed(str)

    def __init__(self, x, y, label):
        self.x = x
        self.y = y
        self.label = label


p = Point(1, 2, 'origin')
print(p.x, p.y, p.label)
print(type(Point.x).__name__, Point.x.name)
try:
    p.x = 'one'
except TypeError as e:
    print(e)


class CountedGet:
    def __init__(self):
        self.hits = 0

    def __get__(self, obj, objtype=None):
        self.hits += 1
        return self.hits


class Holder:
    c = CountedGet()


h = Holder()
print(h.c, h.c, Holder.c)
h.__dict__['c'] = 'shadow'
print(h.c)


class NonData:
    def __get__(self, obj, objtype=None):
        return 'from descriptor'


class DataDesc(NonData):
    def __set__(self, obj, value):
        print('DataDesc.__set__', value)


class Mix:
    nd = NonData()
    dd = DataDesc()


m = Mix()
m.__dict__['nd'] = 'instance wins'
m.__dict__['dd'] = 'instance loses'
print(m.nd, '|', m.dd)
m.dd = 42
