d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d["b"] = 20
print(d)
print(d.get("a"), d.get("zz"), d.get("zz", "default"), "a" in d, "zz" not in d)
print(d.setdefault("a", 100), d.setdefault("new", []), d)
d["new"].append(1)
print(d.pop("new"), d.pop("missing", "fallback"), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 9, "a": -1})
d.update(y=8)
d.update([("z", 7)])
print(d)
del d["x"]
print(d, len(d))
print(d.popitem(), d)
print({k: v * 2 for k, v in d.items()})
print(dict(a=1, b=2), dict([("k", "v")]), dict(zip("ab", [1, 2])), dict({"c": 3}, d=4))
print(dict.fromkeys(["p", "q"], 0), dict.fromkeys("ab"))
merged = {**{"a": 1}, **{"b": 2, "a": 3}}
print(merged, {"a": 1} | {"b": 2})
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {"outer": {"inner": [1, 2]}}
print(nested["outer"]["inner"][1])
keys = d.keys()
d["late"] = 1
print(list(keys), "late" in keys)
cp = d.copy()
cp.clear()
print(cp, bool(d), {1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple key"}, {None: 0}[None])
try:
    {}[["unhashable"]] = 1
except TypeError as e:
    print("TypeError:", e)
for key, value in {"one": 1, "two": 2}.items():
    print(key, value)
