# pprint: pformat with width, depth, indent, compact, sort_dicts; nested and recursive structures; PrettyPrinter; saferepr.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from types import SimpleNamespace
from dataclasses import dataclass

data = {"name": "pprint", "numbers": list(range(30)), "nested": {"a": [1, 2, {"b": (3, 4, "five" * 5)}], "z": None},
        "set": {3, 1, 2}, "frozen": frozenset({"x"}), "text": "a long string " * 8, "bytes": b"bytes " * 15, "tuple": (1,)}
pprint.pprint(data)
print(pprint.pformat(data, width=40, depth=2))
print(pprint.pformat(data, indent=4, compact=True, sort_dicts=False))
print(pprint.pformat(list(range(50)), compact=True, width=60))
rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d
print(pprint.pformat(rec).split(" with id=")[0], pprint.pformat(d).split(" with id=")[0], pprint.saferepr(rec).split(" with id=")[0])
print(pprint.isreadable(rec), pprint.isrecursive(rec), pprint.isreadable([1, "a"]))
pp = pprint.PrettyPrinter(width=30, indent=2)
pp.pprint([{"k%d" % i: i * "v"} for i in range(6)])
print(pprint.pformat(OrderedDict((str(i), i) for i in range(8)), width=50))
dd = defaultdict(list, {"a": [1] * 12, "b": []})
print(pprint.pformat(dd, width=40))
print(pprint.pformat(Counter("abracadabra" * 3), width=40))
print(pprint.pformat(deque(range(25), maxlen=30), width=40))
print(pprint.pformat(SimpleNamespace(alpha=list(range(12)), beta="b" * 30), width=40))


@dataclass
class Item:
    name: str
    price: float
    tags: list


print(pprint.pformat([Item("widget", 2.5, ["a", "b"] * 5), Item("gadget", 10.0, [])], width=50))
print(pprint.pformat("x" * 100, width=30))
print(pprint.pformat({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
pprint.pp({"z": 1, "a": [1, 2]}, width=10)
