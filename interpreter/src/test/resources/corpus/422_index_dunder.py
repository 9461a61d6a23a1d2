# __index__: sequences, slices, bin/hex/oct, range, operator-free conversions.

class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return "Idx(%d)" % self.v


data = list("abcdefgh")
print(data[Idx(2)], data[Idx(-1)])
print(data[Idx(1):Idx(6):Idx(2)])
print("hello"[Idx(4)], (10, 20, 30)[Idx(0)], b"xyz"[Idx(1)])
print(bin(Idx(10)), oct(Idx(10)), hex(Idx(255)))
print(list(range(Idx(3))), range(Idx(1), Idx(10), Idx(3))[Idx(2)])
print([1, 2] * Idx(3), "ab" * Idx(2))
print(int(Idx(7)), complex(Idx(2)) if hasattr(complex, "__new__") else None)
print(round(2.567, Idx(2)))
print(slice(Idx(1), Idx(5)).indices(Idx(3)))
data[Idx(0)] = "A"
del data[Idx(7)]
print("".join(data))
print(format(Idx(42) .__index__(), "x"))

class BadIdx:
    def __index__(self):
        return "not an int"

class NoIdx:
    pass

for value in (BadIdx(), NoIdx(), 2.0):
    try:
        print(data[value])
    except TypeError as e:
        print("TypeError:", e)

try:
    bin(NoIdx())
except TypeError as e:
    print("TypeError:", e)

try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)

# a bool is an int subclass, so it indexes
print(data[True], data[False])

print(operator_free := [x for x in range(Idx(4))][::Idx(-1)])
