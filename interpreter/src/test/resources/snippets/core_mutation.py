# dicts, sets and lists changed by a key's __eq__/__repr__ while they are being used: no crash

class X:
    def __del__(self):
        dict_b.clear()
    def __eq__(self, other):
        dict_a.clear()
        return True
    def __hash__(self):
        return 13

dict_a = {X(): 0}
dict_b = {X(): X()}
print(dict_a == dict_b)

class Y:
    def __eq__(self, other):
        dict_d.clear()
        return True

dict_c = {0: Y()}
dict_d = {0: set()}
print(dict_c == dict_d)


class Clearing:
    def __init__(self, v, target=None):
        self.v = v
        self.target = target
    def __hash__(self):
        return 7
    def __eq__(self, other):
        if self.target is not None:
            self.target.clear()
        return self.v == getattr(other, 'v', None)
    def __repr__(self):
        if self.target is not None:
            self.target.clear()
        return 'C%d' % self.v

d = {}
a = Clearing(1, d)
d[a] = 1
d[Clearing(2)] = 2
print(len(d), a in d)
d[Clearing(3)] = 3
print(repr(d.items()) in ('dict_items([(C1, 1)])', 'dict_items([(C1, 1), (C2, 2), (C3, 3)])'), len(d))

s = set()
s.add(Clearing(1, s))
s.add(Clearing(2))
print(len(s))
s = set()
s.add(Clearing(1, s))
s.add(Clearing(2))
s.discard(Clearing(2))
print(len(s))

# the test of CPython's test_set: set operations while __eq__ mutates the operands
class Bad:
    def __init__(self, st):
        self.st = st
    def __hash__(self):
        return 1
    def __eq__(self, other):
        if self.st[0]:
            self.st[0] = False
            s1.clear(); s2.clear()
        return id(self) % 3 == 0
s1 = s2 = set()
for trial in range(20):
    st = [True]
    s1 = set(Bad(st) for _ in range(10))
    s2 = set(Bad(st) for _ in range(10))
    st[0] = True
    for op in (lambda: s1 & s2, lambda: s1 | s2, lambda: s1 - s2, lambda: s1 ^ s2, lambda: s1 == s2, lambda: s1 <= s2):
        try:
            op()
        except RuntimeError:
            pass
print('sets ok')

# lists compared while an element's __eq__ empties them
class L:
    def __eq__(self, other):
        la.clear(); lb.clear()
        return True
la = [L(), L(), 1]
lb = [L(), L(), 2]
print(la == lb, la, lb)
la = [L(), 3]
lb = [L(), 4]
print(la < lb)
la = [L(), 3]
print(la.count(1), la)
la = [L(), 3]
print(L() in la)
la = [1, L(), 3]
try:
    print(la.index(5))
except ValueError as e:
    print('ValueError', e)
la = [L(), L()]
try:
    la.remove(5)
except ValueError as e:
    print('ValueError', e)

# dict.setdefault hashes its key once
class Hashed:
    count = 0
    def __hash__(self):
        Hashed.count += 1
        return 42
h = Hashed()
d = {}
d.setdefault(h, 1)
print(Hashed.count, d.setdefault(h, 2), Hashed.count)
