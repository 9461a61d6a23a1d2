# Truth testing: __bool__ first, then __len__, else always true; errors from both.

class OnlyLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("  __len__ called")
        return self.n


class OnlyBool:
    def __init__(self, flag):
        self.flag = flag

    def __bool__(self):
        print("  __bool__ called")
        return self.flag


class Both(OnlyLen):
    def __bool__(self):
        print("  Both.__bool__ wins")
        return True


class Neither:
    pass


class BadBool:
    def __bool__(self):
        return 1


class NegLen:
    def __len__(self):
        return -1


class BigLen:
    def __len__(self):
        return 2 ** 70


for obj in (OnlyLen(0), OnlyLen(3), OnlyBool(False), OnlyBool(True), Both(0), Neither()):
    print(type(obj).__name__, "->", bool(obj))

print("not:", not OnlyLen(0))
print("and:", OnlyLen(2) and "second")
print("or:", OnlyBool(False) or "fallback")
if OnlyLen(1):
    print("if took the branch")
n = 0
w = OnlyLen(0)
while not w:
    n += 1
    w.n = n
    if n > 2:
        break
print("while ran", n, "times")

for bad in (BadBool(), NegLen(), BigLen()):
    try:
        bool(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

try:
    len(Neither())
except TypeError as e:
    print("TypeError:", e)

# __bool__ = None makes the object unusable in a boolean context
class Refuses:
    __bool__ = None

try:
    bool(Refuses())
except TypeError as e:
    print("TypeError:", e)

# the built-in containers and numbers
print([bool(x) for x in (0, 0.0, 0j, "", b"", (), [], {}, set(), range(0), None)])
print([bool(x) for x in (-1, 1e-300, 1j, " ", b"\0", (0,), [[]], {0: 0}, {0}, range(1))])
