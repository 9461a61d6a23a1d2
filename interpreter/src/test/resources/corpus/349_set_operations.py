a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= b, {1, 2} <= a, {1, 2} < a, a >= {1}, a.isdisjoint({9, 10}))
print(sorted(a.union([8], (9,))), sorted(a.intersection(range(3))), sorted(a.difference({1}, {2})))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 99}
print(sorted(c))
s = set()
s.add(3); s.add(3); s.add(1)
s.discard(42)
print(sorted(s), len(s))
try:
    s.remove(42)
except KeyError as e:
    print('KeyError:', e)
print(s.pop() in (1, 3), len(s))
fs = frozenset([3, 1, 2])
print(sorted(fs), fs == {1, 2, 3}, type(fs | {4}).__name__, type({4} | fs).__name__)
print({fs: 'frozen key'}[frozenset({1, 2, 3})])
words = ['pear', 'apple', 'fig', 'apple', 'kiwi', 'pear']
print(sorted(set(words)), len(set(words)))
seen = set()
unique = [w for w in words if not (w in seen or seen.add(w))]
print(unique)
print(sorted({x % 4 for x in range(20)}), set() == set(), {()} , {(1, 2), (1, 2)})
print(sorted({1, 2} | {1.0, 2.5}), {1} == {1.0}, {True, 1, 1.0})
try:
    {[1]}
except TypeError as e:
    print('TypeError:', e)
print(set('aab') == {'a', 'b'}, sorted(set('hello world')), max({3, 9, 1}), sum({1, 2, 3}))
