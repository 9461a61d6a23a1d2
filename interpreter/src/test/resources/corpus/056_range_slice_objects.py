r = range(10)
print(r, len(r), r[0], r[-1], list(r[2:5]), r[2:5], r[::-1], r[::3])
print(list(range(5, 0, -1)), list(range(0, 10, 3)), list(range(-5, -1)), list(range(3, 3)))
print(len(range(0, 100, 7)), len(range(10, 0, -3)), len(range(5, 1)))
print(5 in r, 10 in r, -1 in r, 3 in range(0, 10, 2), 4 in range(0, 10, 2))
print(range(0, 10, 2).index(6), range(0, 10, 2).count(3), r[3:8][1])
print(range(1, 7, 2) == range(1, 6, 2), list(reversed(range(4))), sum(range(101)))
print(range(2 ** 70)[-1], range(2 ** 70)[2 ** 69])
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3))
print("abcdefghij"[s], list(range(10))[s], s.indices(5))
print(slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(r.start, r.stop, r.step, range(3).step)
for i in range(10, 0, -4):
    print("countdown", i)
