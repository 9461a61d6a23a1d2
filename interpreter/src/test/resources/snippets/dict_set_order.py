d = {'b': 1, 'a': 2}
d['c'] = 3; del d['b']; d['b'] = 4; d['a'] = 5
print(d, list(d), list(d.values()), list(d.items()))
print({3, 1, 2}, {100, 5, 33, 8, 1000, -1}, set(range(20, 0, -3)), {1, 2} | {7, 3}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {2}, {1, 2} ^ {2, 5})
print({(1, 2), (3, 4), (0, 0)}, frozenset([5, 1, 3]), {1.5, 2.5, -3.0}, {True, 0, 2}, set([64, 8, 16, 32]))
s = set()
for i in [17, 9, 1, 33, 65, 129]: s.add(i)
print(s, s.pop(), s)
print(dict.fromkeys('abc', 0), dict(zip('xy', [1, 2])), {**d, 'z': 0}, d | {'q': 1})
print(sorted({'pear': 1, 'apple': 2}.items()), {k: v for k, v in [(1, 2), (3, 4)]})
