class Frozen:
    __slots__ = ('_data',)

    def __init__(self, **kw):
        object.__setattr__(self, '_data', dict(kw))

    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f'{type(self).__name__!r} has no field {name!r}') from None

    def __setattr__(self, name, value):
        raise AttributeError(f'cannot set {name!r}: frozen')

    def __delattr__(self, name):
        raise AttributeError(f'cannot delete {name!r}: frozen')

    def __repr__(self):
        inner = ', '.join(f'{k}={v!r}' for k, v in sorted(self._data.items()))
        return f'Frozen({inner})'


f = Frozen(b=2, a=1)
print(f, f.a, f.b)
for action in ('set', 'del', 'get'):
    try:
        if action == 'set':
            f.a = 5
        elif action == 'del':
            del f.b
        else:
            f.zzz
    except AttributeError as e:
        print(action, '->', e)


class Recorder:
    def __init__(self):
        self.__dict__['log'] = []

    def __setattr__(self, name, value):
        self.log.append(('set', name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append(('del', name))
        super().__delattr__(name)


r = Recorder()
r.x = 1
r.y = [2]
r.x += 10
del r.y
print(r.log)
print(sorted(vars(r)))
try:
    del r.nope
except AttributeError as e:
    print('AttributeError', e)
