# int() parsing in every base, and formatting numbers back into bases by hand and with built-ins.

samples = ["42", "-17", "  +8  ", "0", "1_000_000", "0b101", "0o777", "0xDEAD", "007"]
def attempt(text, base):
    try:
        return int(text, base)
    except ValueError as e:
        return "ValueError: %s" % e


for s in samples:
    print(repr(s).ljust(14), attempt(s, 0), "|", attempt(s, 10))

print(int("zz", 36), int("ZZ", 36), int("10", 2), int("10", 8), int("10", 16), int("0x10", 16), int("0b1", 2))
print(int("٣٤"), int("１２"), int(b"99"), int(bytearray(b" 7 ")), int(3.99), int(-3.99), int(True))

bad = [("", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("12", 2), ("0x", 16), ("9", 8), ("1.5", 10),
       ("10", 1), ("10", 37), ("0b2", 0), ("08", 0)]
for text, base in bad:
    try:
        int(text, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(1.5, 10)
except TypeError as e:
    print("TypeError:", e)
for f in (float("inf"), float("nan")):
    try:
        int(f)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)


def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))


for n in (0, 5, -255, 1295, 2 ** 64):
    conv = [to_base(n, b) for b in (2, 3, 8, 16, 36)]
    back = [int(c, b) for c, b in zip(conv, (2, 3, 8, 16, 36))]
    print(n, conv[1:], all(v == n for v in back))

print(bin(-5), oct(-64), hex(-255), bin(0), hex(2 ** 70))
print(str(-0), repr(10 ** 20), ascii(12), "%d" % -0, f"{-0:+}")

class Intish:
    def __int__(self):
        return 77

class Indexish:
    def __index__(self):
        return 88

print(int(Intish()), int(Indexish()))
try:
    int(object())
except TypeError as e:
    print("TypeError:", e)
