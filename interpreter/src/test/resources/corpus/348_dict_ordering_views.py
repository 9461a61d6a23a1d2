d = {}
d['zebra'] = 1
d['apple'] = 2
d['mango'] = 3
print(list(d), list(d.values()), list(d.items()))
d['zebra'] = 10
print(list(d))
del d['zebra']
d['zebra'] = 0
print(list(d))
keys = d.keys()
vals = d.values()
items = d.items()
d['kiwi'] = 4
print(keys, vals, items)
print(len(keys), 'kiwi' in keys, ('kiwi', 4) in items, 4 in vals)
print(list(reversed(d)), list(reversed(d.items()))[0])
try:
    for k in d:
        d['new' + k] = 1
except RuntimeError as e:
    print('RuntimeError:', e)
print(len(d))
d2 = dict.fromkeys('abc', [])
d2['a'].append(1)
print(d2)
print(d.pop('apple'), d.pop('nope', 'dflt'), d.popitem(), d.setdefault('x', 'set'), d.setdefault('x', 'again'))
try:
    d.pop('nope')
except KeyError as e:
    print('KeyError:', e)
print(d.get('mango'), d.get('missing'), d.get('missing', 0))
d.update([('p', 1)], q=2)
d.update({'r': 3})
print(d)
print(dict(sorted(d.items(), key=lambda kv: str(kv[1]))))
c = d.copy()
c.clear()
print(c, len(d), {1: 'a'} == {1: 'a'}, {1: 'a', 2: 'b'} == {2: 'b', 1: 'a'})
print(list({3: 'c', 1: 'a', 2: 'b'}.items()))


class Missing(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]


m = Missing()
print(m['hello'], m, 'other' in m, m.get('other'))
