x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x /= 8; print(x)
x = 17
x //= 5; print(x)
x %= 2; print(x)
x = 3
x **= 4; print(x)
x >>= 2; print(x)
x <<= 3; print(x)
x &= 0b1010; print(x)
x |= 0b0101; print(x)
x ^= 0b1111; print(x)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
tup = (1,)
alias_t = tup
tup += (2,)
print(tup, alias_t, tup is alias_t)
d = {"k": 1}
d["k"] += 10
d["k"] *= 2
print(d)
nested = [[1, 2], [3, 4]]
nested[1][0] -= 100
print(nested)


class Counter:
    def __init__(self):
        self.count = 0


c = Counter()
c.count += 1
c.count += 1
print(c.count)


class Vec:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        print("__iadd__ called")
        self.v += other
        return self

    def __matmul__(self, other):
        return self.v * other.v

    def __repr__(self):
        return "Vec(%r)" % self.v


vv = Vec(1)
vv += 5
print(vv)
vv @= Vec(3)
print(vv)
f = 2.5
f **= 2; print(f)
f //= 2; print(f)
