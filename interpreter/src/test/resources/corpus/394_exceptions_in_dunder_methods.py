class Strict:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, Strict):
            raise TypeError('can only compare Strict to Strict')
        return self.v == other.v

    __hash__ = object.__hash__

    def __getitem__(self, k):
        if k != 'v':
            raise KeyError(k)
        return self.v

    def __len__(self):
        raise RuntimeError('length unknown')

    def __iter__(self):
        yield self.v
        raise ValueError('iteration broke')


s = Strict(3)
for label, action in [
    ('eq', lambda: s == 3),
    ('in list', lambda: 3 in [s]),
    ('getitem', lambda: s['w']),
    ('len', lambda: len(s)),
    ('list', lambda: [x for x in s]),
    ('bool', lambda: bool(s)),
]:
    try:
        print(label, action())
    except Exception as e:
        print(label, '->', type(e).__name__, e)
print(s == Strict(3), s['v'], [Strict(1)] == [Strict(1)])


class BadInit:
    def __init__(self):
        raise ValueError('cannot construct')


try:
    BadInit()
except ValueError as e:
    print('ValueError:', e)


class BadRepr:
    def __repr__(self):
        raise RuntimeError('repr failed')


try:
    print([BadRepr()])
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    f'{BadRepr()!r}'
except RuntimeError as e:
    print('RuntimeError in f-string:', e)
