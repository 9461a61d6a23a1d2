# __missing__ on dict subclasses: when [] calls it and when get/in/setdefault do not.

class Counter(dict):
    def __missing__(self, key):
        return 0


class AutoVivify(dict):
    def __missing__(self, key):
        print("  creating", repr(key))
        value = self[key] = AutoVivify()
        return value


class Loud(dict):
    def __missing__(self, key):
        raise KeyError("no such thing: %r" % (key,))


c = Counter()
for word in "the cat and the hat and the bat".split():
    c[word] += 1
print(sorted(c.items()))
print(c["dog"], "dog" in c, c.get("dog"), c.get("dog", -1))
print(len(c))

tree = AutoVivify()
tree["a"]["b"]["c"] = 1
tree["a"]["x"] = 2
print(tree)
print(tree.get("zzz"), "zzz" in tree)

loud = Loud(a=1)
print(loud["a"])
try:
    loud["b"]
except KeyError as e:
    print("KeyError:", e)

# __missing__ is looked up on the type, not the instance
d = {}
d.__class__  # plain dict
try:
    plain = dict()
    plain["nothing"]
except KeyError as e:
    print("plain KeyError:", e)

class Inst(dict):
    pass

inst = Inst()
inst.__missing__ = lambda key: "instance attr"
try:
    inst["k"]
except KeyError as e:
    print("instance __missing__ ignored:", e)

# setdefault and pop do not call __missing__
c2 = Counter(a=5)
print(c2.setdefault("b", 7), c2.pop("a"), c2.pop("zz", "default"))
print(sorted(c2.items()))

# a __missing__ that returns a default without storing it
class Default(dict):
    def __init__(self, factory, *args):
        super().__init__(*args)
        self.factory = factory

    def __missing__(self, key):
        return self.factory(key)

sq = Default(lambda k: k * k, {1: "one"})
print(sq[1], sq[7], sq[-3], len(sq))
print(dict(sq), isinstance(sq, dict), type(sq).__mro__[1].__name__)
