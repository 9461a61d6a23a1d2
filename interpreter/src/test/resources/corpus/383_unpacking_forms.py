a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *middle, last = range(7)
print(first, middle, last)
*init, tail = 'hello'
print(init, tail)
head, *rest = [1]
print(head, rest)
[x, [y, *z]] = [10, [20, 30, 40]]
print(x, y, z)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
for (p, q), *others in [((1, 2), 3, 4), ((5, 6),)]:
    print(p, q, others)
merged = [*range(3), *'ab', *{'k': 1}]
print(merged)
t = *range(2), 'x'
print(t)
d = {**{'a': 1}, 'b': 2, **dict(c=3)}
print(d)
s = {*'abc', *'bcd'}
print(sorted(s))
for bad in ['ab', 'abcd']:
    try:
        one, two, three = bad
    except ValueError as err:
        print('ValueError:', err)
try:
    m, n = 5
except TypeError as err:
    print('TypeError:', err)
try:
    a1, a2, *a3 = [1]
except ValueError as err:
    print('ValueError:', err)
lst = [0, 0, 0, 0]
i = 0
i, lst[i] = 2, 'set'
print(i, lst)
obj = type('O', (), {})()
obj.a, obj.b = 'A', 'B'
print(obj.a, obj.b)
lst[1:3] = 'xy'
print(lst)
