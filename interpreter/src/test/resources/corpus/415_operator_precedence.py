print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2)
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, ~0 + 1, not 1 == 2, not (1 and 0))
print(1 if 0 else 2 if 0 else 3, (lambda: 1 or 2)(), [1, 2][True], 3 - -3, +-+1)
print(True + True * 2, 'a' + 'b' * 2, [0] * 2 + [1], 5 > 3 == 3, (5 > 3) == 3)
print(2 ** -1, -3 // 2, -3 % 2, 3 * -1 ** 2, 1e3 // 7, 1 - 0.9)
x = 5
x += 3 * 2
x //= 3
x **= 2
x %= 7
x <<= 2
x |= 1
x ^= 8
x >>= 1
x -= 1
print(x)
a = b = c = [0]
a += [1]
print(a, b, c, a is c)
print(1 < 2 and 2 < 3 or 1 / 0, None or 0 or '' or 'last', 0 and 1 / 0 or 'ok')
print(0x10 + 0o10 + 0b10 + 1_000, 1e2 == 100, 0.5 + 1j * 2)
