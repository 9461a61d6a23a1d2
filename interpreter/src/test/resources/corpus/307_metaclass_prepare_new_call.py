class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'_order': []}

    def __new__(mcls, name, bases, ns, **kw):
        fields = [k for k in ns if not k.startswith('_')]
        ns['_fields'] = tuple(fields)
        cls = super().__new__(mcls, name, bases, ns)
        print('new', name, cls._fields)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get('tag', 'none')

    def __call__(cls, *args, **kwargs):
        print('call', cls.__name__, args)
        obj = super().__call__(*args, **kwargs)
        obj.created = True
        return obj


class Record(metaclass=OrderedMeta, tag='rec'):
    zeta = 1
    alpha = 2

    def __init__(self, v):
        self.v = v

    def method(self):
        return self.v


r = Record(5)
print(r.v, r.created, Record.tag, Record._fields)
print(type(Record).__name__, isinstance(Record, OrderedMeta))


class Singleton(type):
    _instances = {}

    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name):
        print('init config', name)
        self.name = name


a = Config('first')
b = Config('second')
print(a is b, b.name)
print(type.__name__, type(type).__name__)
Dyn = type('Dyn', (object,), {'x': 3, 'get': lambda self: self.x * 2})
print(Dyn().get(), Dyn.__name__, Dyn.__bases__[0].__name__)
