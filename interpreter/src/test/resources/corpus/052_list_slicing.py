a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::2], a[::-1])
print(a[8:2:-2], a[-1:-4:-1], a[5:5], a[20:], a[-20:2], a[::-3])
print(a[slice(1, 4)], a[slice(None, None, 2)], a[slice(-2, None)])
b = a[:]
b[0] = "changed"
print(a[0], b[0])
c = list(range(6))
c[1:3] = ["x", "y", "z"]
print(c)
c[1:4] = []
print(c)
c[:0] = ["front"]
print(c)
c[len(c):] = ["back"]
print(c)
d = list(range(8))
d[::2] = "abcd"
print(d)
try:
    d[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
e = list(range(10))
del e[::3]
print(e)
del e[1:-1]
print(e)
f = [1, 2, 3]
f[1:2] = f
print(f)
t = (0, 1, 2, 3, 4)
print(t[1:3], t[::-1], t[-2:])
s = "abcdefgh"
print(s[1:6:2], s[::-2], s[-2::-3])
print(a[-1], a[-10])
g = list(range(5))
g[-2:] = [9]
print(g)
