a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(b - a))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)))
print(sorted(a.symmetric_difference(b)))
s = set()
s.add(3)
s.add(1)
s.add(3)
print(sorted(s), len(s))
s.discard(99)
s.discard(1)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
s.remove(3)
print(s, len(s), bool(s))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1}.isdisjoint({2}))
words = {"pear", "apple", "fig"}
print(sorted(words), "fig" in words, "kiwi" not in words)
print(sorted(set("mississippi")), sorted(set([3, 1, 3, 2])))
fs = frozenset([1, 2])
print(sorted(fs), fs == {1, 2}, type(fs).__name__, {fs: "frozen key"}[frozenset({2, 1})])
c = {1, 2}
c |= {5}
c &= {1, 5, 7}
c -= {1}
c ^= {6}
print(sorted(c))
print(sorted({x % 3 for x in range(10)}), set() == set(), {} == set())
print(len({1, 1.0, True}), sorted({-1, 5, 0}))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(sorted(frozenset("ab") | {"c"}), repr(set()), repr({5}))
