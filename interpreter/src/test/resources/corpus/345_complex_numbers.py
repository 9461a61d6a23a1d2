z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w)
print(abs(z), z.real, z.imag, z.conjugate(), -z)
print(z == complex(3, 4), 1j * 1j, (1j) ** 2, 2 * 1j)
print(complex(2), complex(0, 0), complex(-0.0, -1), 1 + 0j == 1)
print(repr(1e20j), repr(1.5 + 0j), repr(-1j), repr(complex(1, float('inf'))))
print([c for c in (1 + 1j, 2j, -3 + 0.5j)])
roots = []
a, b, c = 1, 2, 5
d = (b * b - 4 * a * c) ** 0.5
print(d)
roots = [(-b + d) / (2 * a), (-b - d) / (2 * a)]
print(roots)
try:
    (1 + 2j) < (2 + 1j)
except TypeError as e:
    print('TypeError:', e)
try:
    z // 2
except TypeError as e:
    print('TypeError:', e)
print(sum([1j, 2, 3.5]), complex('1+2j') if False else 'skip')


def mandel(c, limit=8):
    zz = 0j
    for i in range(limit):
        zz = zz * zz + c
        if abs(zz) > 2:
            return i
    return limit


for y in range(4, -5, -4):
    print(''.join('#' if mandel(complex(x / 10, y / 5)) == 8 else '.' for x in range(-20, 6, 3)))
