original = [[1, 2], [3, 4]]
shallow = list(original)
sliced = original[:]
deep = [list(r) for r in original]
original[0].append(99)
original.append([5])
print(shallow, sliced, deep, original)
print(shallow is original, shallow[0] is original[0], deep[0] is original[0])
grid = [[0] * 3] * 2
grid[0][0] = 'x'
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 'x'
print(grid)
d = {'a': [1]}
d2 = dict(d)
d3 = d.copy()
d2['a'].append(2)
d3['b'] = 'new'
print(d, d2, d3)
s = {1, 2}
s2 = s.copy()
s2.add(3)
print(sorted(s), sorted(s2))
t = (1, [2])
t[1].append(3)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
lst = [1, 2, 3, 4, 5, 6]
del lst[::2]
print(lst)
lst[1:1] = ['a', 'b']
print(lst)
lst[::-1] = range(len(lst))
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print('ValueError:', e)
a = [3, 1, 2]
b = sorted(a)
a.sort()
print(a == b, a is b, a * 2, [a] * 2)
