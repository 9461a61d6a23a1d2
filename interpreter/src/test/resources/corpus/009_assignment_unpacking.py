a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *middle, tail = "abcdef"
print(head, middle, tail)
x, *empty, y = (10, 20)
print(x, empty, y)
p = q = r = 7
print(p, q, r)
m = n = []
m.append(1)
print(n, m is n)
k, l = v = (8, 9)
print(k, l, v)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
lst = [0, 0, 0]
lst[0], lst[2] = "first", "third"
print(lst)


class Box:
    pass


box = Box()
box.width, box.height = 3, 4
print(box.width, box.height)
d = {}
d["a"] = d["b"] = 0
print(d)
i = 0
items = [10, 20]
i, items[i] = 1, 99
print(i, items)
t = 1,
print(t, type(t).__name__)
(u) = 5
print(u)
(w1, w2), [w3, *w4] = "ab", [1, 2, 3]
print(w1, w2, w3, w4)
