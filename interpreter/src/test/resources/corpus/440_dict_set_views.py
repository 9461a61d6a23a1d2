# dict views as live set-like objects; dict merge operators; set operators with views.

d = {"a": 1, "b": 2, "c": 3}
keys, values, items = d.keys(), d.values(), d.items()
d["d"] = 4
del d["a"]
print(list(keys), list(values), list(items), len(keys))
print(keys & {"b", "z"} == {"b"}, sorted(keys | {"z"}), sorted(keys - {"b"}), sorted(keys ^ {"b", "q"}))
print(("b", 2) in items, ("b", 3) in items, sorted(items & {("c", 3), ("x", 0)}))
print(keys == {"b", "c", "d"}, keys <= {"b", "c", "d", "e"}, keys.isdisjoint(["x", "y"]))
print(reversed(keys).__class__.__name__, list(reversed(keys)), list(reversed(items)))
print(keys.mapping == {"b": 2, "c": 3, "d": 4}, type(keys.mapping).__name__)
print(values == values, list(values) == [2, 3, 4])

# changing size during iteration
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(d))

# merge operators
base = {"x": 1, "y": 2}
over = {"y": 20, "z": 30}
print(base | over, over | base)
base |= over
print(base)
base |= [("w", 0)]
print(base)
try:
    base | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)

# setdefault, popitem order, fromkeys sharing
e = dict.fromkeys("abc", [])
e["a"].append(1)
print(e)
print(e.popitem(), e.popitem(), e)
try:
    {}.popitem()
except KeyError as err:
    print("KeyError:", err)

# equality ignores order, repr keeps insertion order
p = {1: "one", 2: "two"}
q = {2: "two", 1: "one"}
print(p == q, list(p) == list(q), p, q)

# sets of ints: operators and methods
s = {1, 2, 3, 4}
t = {3, 4, 5}
print(s | t, s & t, s - t, s ^ t, s <= s, s < s, {1} < s)
print(s.union([9], (8,)), s.intersection(range(3)), s.difference({1}, {2}), s.symmetric_difference([4, 6]))
u = set(s)
u &= {2, 3, 99}
u |= {7}
u -= {3}
u ^= {7, 8}
print(u, frozenset(u) == u, hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(s.issubset(range(10)), s.issuperset([1, 2]), frozenset([1, 2]) | {3}, type({3} | frozenset([1])).__name__)
try:
    s + t
except TypeError as err:
    print("TypeError:", err)
try:
    {[1]}
except TypeError as err:
    print("TypeError:", err)
s.discard(100)
try:
    s.remove(100)
except KeyError as err:
    print("KeyError:", err)
print(sorted({x % 4 for x in range(20)}), {frozenset(): 1}[frozenset()])
