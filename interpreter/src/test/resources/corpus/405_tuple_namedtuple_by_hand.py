def record(typename, fields):
    fields = tuple(fields.replace(',', ' ').split())

    def __new__(cls, *args, **kwargs):
        if len(args) + len(kwargs) != len(fields):
            raise TypeError(f'{typename} expects {len(fields)} arguments')
        values = list(args) + [kwargs[f] for f in fields[len(args):]]
        return tuple.__new__(cls, values)

    def __repr__(self):
        return typename + '(' + ', '.join(f'{f}={v!r}' for f, v in zip(fields, self)) + ')'

    def _replace(self, **kw):
        return type(self)(*[kw.get(f, v) for f, v in zip(fields, self)])

    ns = {'__new__': __new__, '__repr__': __repr__, '_fields': fields, '_replace': _replace,
          '__slots__': ()}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    return type(typename, (tuple,), ns)


Point = record('Point', 'x, y')
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), isinstance(p, tuple))
print(p._replace(y=5), Point._fields, sorted([Point(2, 1), Point(1, 5)]))
x, y = p
print(x + y, p + (3,), hash(p) == hash((1, 2)))
try:
    Point(1)
except TypeError as e:
    print('TypeError:', e)
try:
    p.x = 5
except AttributeError:
    print('read-only field')
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t * 2, (1,) + t, () == tuple(), tuple('ab'))
print((1, 2) < (1, 2, 0), max([(1, 'b'), (1, 'a')]), tuple(reversed(t)))
