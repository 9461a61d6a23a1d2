# bytearray: in-place mutation, slices, methods shared with bytes, and errors.

ba = bytearray(b"hello")
ba[0] = ord("J")
ba.append(33)
ba.extend(b" ok")
ba += b"!"
print(ba, len(ba))
ba[1:5] = b"ELLO"
print(ba)
ba[1:5] = b"e"
print(ba)
del ba[0]
del ba[-1:]
print(ba)
ba.insert(0, 74)
ba.insert(100, 63)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
print(ba)
ba.reverse()
print(ba)
ba[::2] = b"x" * len(ba[::2])
print(ba)
ba.clear()
print(ba, bool(ba))

nums = bytearray(range(10))
del nums[::3]
print(list(nums))
nums[2:4] = []
print(list(nums), nums.count(5), nums.index(7))
copy = nums.copy()
copy[0] = 99
print(nums[0], copy[0])
print(bytearray(3), bytearray([1, 2]), bytearray("ü", "utf-8"), bytearray.fromhex("0a0b"))
x = bytearray(b"ab")
x *= 3
print(x, x.upper(), type(x.upper()).__name__, x.hex(), x.find(b"ba"))
print(x.split(b"b"), type(x.split(b"b")[0]).__name__)
print(bytearray(b"abc") + b"def", b"abc" + bytearray(b"def"), type(b"a" + bytearray(b"b")).__name__)
print(bytearray(b"abc") == b"abc", bytearray(b"b") > b"a", b"abc" in bytearray(b"xabcx"))

errors = [
    lambda: ba.__setitem__(0, 256),
    lambda: bytearray(b"a").__setitem__(0, -1),
    lambda: bytearray(b"abc").remove(120),
    lambda: bytearray().pop(),
    lambda: bytearray(b"ab").__setitem__(slice(0, 2), 5),
    lambda: bytearray(b"abc").__setitem__(slice(None, None, 2), b"xyz"),
    lambda: bytearray(b"a").append(b"b"),
    lambda: hash(bytearray(b"a")),
    lambda: bytearray(b"a").index(b"q"),
]
for make in errors:
    try:
        make()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)

# a bytearray used as a mutable buffer while iterating over a copy
buf = bytearray(b"a1b2c3")
for i, ch in enumerate(bytes(buf)):
    if chr(ch).isdigit():
        buf[i] = ord("#")
print(buf.decode())
print(bytearray(b"  strip  ").strip(), bytearray(b"a-b").replace(b"-", b"+"), bytearray(b"x").zfill(4))
