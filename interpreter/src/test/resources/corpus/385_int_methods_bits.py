for n in [0, 1, 7, 8, 255, 1023, -1, -8, 2 ** 64]:
    print(n, n.bit_length(), bin(n).count('1'), n.bit_count(), hex(n))
print((1024).to_bytes(4, 'big'), (1024).to_bytes(4, 'little'), (-2).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\xff\xfe', 'big', signed=True), int.from_bytes(b'\x00\x10', 'little'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError:', e)
print((10).as_integer_ratio(), (7).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(int('zz', 36), int('0x1F', 16), int('1_000'), int(-3.99), int('  -7  '))
for bad in ['1.5', '', '0b2', '12a']:
    try:
        int(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    int('10', 1)
except ValueError as e:
    print('ValueError:', e)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 5 << 2, -5 >> 1, 6 & -6)


def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c


print([popcount(v) for v in range(9)])


def gray(n):
    return n ^ (n >> 1)


print([format(gray(i), '03b') for i in range(8)])
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(bool(flags & WRITE), bool(flags & EXEC), flags, flags & ~READ)
print(divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, 7 % -2, pow(10, 3, 7), pow(3, -1, 7))
