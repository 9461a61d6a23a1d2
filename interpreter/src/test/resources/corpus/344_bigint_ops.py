a = 2 ** 200
b = 3 ** 120
print(a)
print(b)
print(a * b)
print(a // b, a % b, divmod(b, 12345678901234567890))
print(-a // 7, -a % 7, a // -7)
print(pow(3, 10 ** 5, 1000000007), pow(2, -1, 97), pow(-3, 3), pow(7, 0))
print((a - 1).bit_length(), a.bit_length(), (255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(a >> 190, 1 << 100, ~a & 0xff, a | 1, a ^ (a - 1))
print(-17 >> 2, -17 << 3, -(2 ** 70) >> 65)
print(abs(-a) == a, a == float(a), a < float('inf'))
f = 1
for i in range(1, 41):
    f *= i
print(f, len(str(f)), str(f).count('0'))
print(int('1' * 40), int('ff' * 10, 16), int('-0b1011', 2), int('0o777', 0), int(' 42 '))
print(hex(a), oct(b)[:20], bin(2 ** 65 + 1))
print(10 ** 50 // 3, 10 ** 50 / 3)
print(sum(range(10 ** 6 + 1)), 7 ** 77 % 1000)


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


print(isqrt(10 ** 40), isqrt(2 * 10 ** 30))


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print(gcd(2 ** 64, 6 ** 30), gcd(12345678901234567890, 9876543210))
print((12).__truediv__(5), (2 ** 100).__rpow__(1), True + True, -True)
