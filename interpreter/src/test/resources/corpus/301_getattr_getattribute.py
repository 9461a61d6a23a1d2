class Lazy:
    def __init__(self):
        self.loaded = {}

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        print('computing', name)
        value = len(name) * 10
        self.loaded[name] = value
        setattr(self, name, value)
        return value


lz = Lazy()
print(lz.alpha)
print(lz.alpha)
print(sorted(lz.loaded.items()))
print(hasattr(lz, '_hidden'))
print(getattr(lz, '_x', 'default'))


class Logged:
    def __init__(self, x):
        self.x = x

    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('get', name)
        return object.__getattribute__(self, name)

    def double(self):
        return self.x * 2


lg = Logged(21)
print(lg.double())
try:
    lg.missing
except AttributeError as e:
    print('AttributeError:', e)


class Both:
    def __getattribute__(self, name):
        if name == 'magic':
            raise AttributeError('no magic here')
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return 'fallback:' + name


b = Both()
print(b.magic, b.other)
