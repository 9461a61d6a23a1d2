# float.hex/fromhex, as_integer_ratio, is_integer; int.to_bytes/from_bytes, bit_length, bit_count.

for x in (1.0, 0.5, -2.75, 0.1, 1e300, 5e-324, 0.0, -0.0, float("inf")):
    print(repr(x).ljust(22), x.hex())

for text in ("0x1p0", "0x1.8p1", "-0x.8p-1", "0X1.FFFFFFFFFFFFFp+1023", "0x1p-1074", "  0xap0  ",
             "inf", "-Infinity", "nan", "0x1.0000000000000801p0", "1"):
    print(text.strip().ljust(26), repr(float.fromhex(text)))
for bad in ("0x1p", "0xg", "", "0x1p99999"):
    try:
        float.fromhex(bad)
    except (ValueError, OverflowError) as e:
        print(repr(bad), type(e).__name__ + ":", e)
print(float.fromhex(0.1.hex()) == 0.1)

print(0.75.as_integer_ratio(), 0.1.as_integer_ratio(), (-3.0).as_integer_ratio())
print(3.0.is_integer(), 3.5.is_integer(), (7).as_integer_ratio(), True.as_integer_ratio())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)

# to_bytes / from_bytes
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((255).to_bytes(1, "big"), (1).to_bytes())
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "big", signed=True))
print(int.from_bytes(b"\x00\x10"))
for args in (((256,), 1, "big"), ((-1,), 1, "big"), ((1,), 1, "middle")):
    (value,), length, order = args
    try:
        value.to_bytes(length, order)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)

class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x05", "big")
print(type(r).__name__, r)

# bits
for n in (0, 1, 255, 256, -1, -256, 2 ** 100 - 1, -(2 ** 64)):
    print(n.bit_length(), n.bit_count(), bin(n)[:12])

# big powers and their digits
big = 3 ** 200
print(len(str(big)), str(big)[:20], big % 1000007, big.bit_length())
print(pow(3, 200, 1000007) == big % 1000007, pow(2, -1, 7), pow(5, -2, 13))
print((-2) ** 63, 2 ** -3, (-8) ** (1 / 3) if False else "skip", 0 ** 0, pow(0, 0, 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
print(int("1" * 50) * int("9" * 50) % 10 ** 12)
print(divmod(10 ** 40, 3 ** 30))
print(int("-0b1010", 0), int("0o17", 0), int("0x_ff", 0), int("z", 36), int(" 1_000 "))
