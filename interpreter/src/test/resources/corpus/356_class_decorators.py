def auto_repr(cls):
    fields = cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount]

    def __repr__(self):
        inner = ', '.join(f'{f}={getattr(self, f)!r}' for f in fields)
        return f'{cls.__name__}({inner})'
    cls.__repr__ = __repr__
    return cls


def auto_eq(cls):
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return vars(self) == vars(other)
    cls.__eq__ = __eq__
    cls.__hash__ = None
    return cls


def singleton(cls):
    instances = {}

    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    get.__name__ = cls.__name__
    return get


@auto_eq
@auto_repr
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p == Point(2, 1), p != 'x')


@singleton
class Settings:
    def __init__(self, level='info'):
        self.level = level


a = Settings('debug')
b = Settings('warn')
print(a is b, a.level, Settings.__name__)


def add_method(name, fn):
    def deco(cls):
        setattr(cls, name, fn)
        return cls
    return deco


@add_method('shout', lambda self: self.word.upper() + '!')
@add_method('whisper', lambda self: self.word.lower() + '...')
class Word:
    def __init__(self, word):
        self.word = word


w = Word('Hello')
print(w.shout(), w.whisper())


def frozen_after_init(cls):
    orig_init = cls.__init__

    def __init__(self, *a, **k):
        orig_init(self, *a, **k)
        self._frozen = True

    def __setattr__(self, name, value):
        if getattr(self, '_frozen', False):
            raise AttributeError(f'{cls.__name__} is frozen')
        object.__setattr__(self, name, value)
    cls.__init__ = __init__
    cls.__setattr__ = __setattr__
    return cls


@frozen_after_init
class Coord:
    def __init__(self, lat, lon):
        self.lat, self.lon = lat, lon


c = Coord(52.5, 13.4)
try:
    c.lat = 0
except AttributeError as e:
    print('AttributeError:', e)
print(c.lat, c.lon)
