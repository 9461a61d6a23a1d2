nested = {'list': [1, 2.5, 'three', None], 'tuple': (1,), 'empty': (), 'set': {3}, 'dict': {}}
print(nested)
print(repr('quote\'s'), repr("dq\"s"), repr('both\'"'), repr('\n\t\\'), repr('\x00\x7f\xa0'))
print(repr('é✓😀'), ascii('é✓😀'), str(['é']))
print([1.0, 1e100, -0.0, float('inf'), 1 / 3], (True, False), [None])
cyc = [1, 2]
cyc.append(cyc)
print(cyc)
d = {'self': None}
d['self'] = d
print(d)
print(repr(range(3)), repr(range(1, 10, 2)), repr(slice(1, None, -1)), repr(Ellipsis), repr(NotImplemented))
print(repr(frozenset()), repr(set()), repr(frozenset({1})), {(): []}, [[], [[]]])


class R:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f'R<{self.v}>'


print([R(1), R('a')], {R(2): R(3)}.popitem(), (R(None),))
print(str(R(1)), f'{R(2)}', '%s' % R(3), '{}'.format(R(4)))
print(repr(int), repr(type(None)), repr(len), str(ValueError), repr(ValueError('x', 1)))
print(repr(b'\x00abc\xff'), repr(3 + 0j), repr(-1.5e-10), repr(12345678901234567890.0))
