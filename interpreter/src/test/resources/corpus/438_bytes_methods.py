# bytes: construction, searching, splitting, case, hex, translate, formatting helpers.

b = b"Hello, World! hello?"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize())
print(b.count(b"l"), b.count(b"l", 5), b.find(b"World"), b.find(b"xyz"), b.rfind(b"l"))
print(b.index(b"o"), b.rindex(b"o"), b.startswith(b"Hell"), b.endswith((b"?", b"!")))
print(b.split(), b.split(b", "), b.rsplit(b"l", 2), b.partition(b"!"), b.rpartition(b"l"))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"--a".lstrip(b"-"), b"a..".rstrip(b"."))
print(b"a,b,,c".split(b","), b"line1\nline2\r\nline3".splitlines(), b"x\ny\n".splitlines(True))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"ab".center(6, b"*"), b"7".zfill(3), b"ab".ljust(4, b"."))
print(b"tab\there".expandtabs(4), b"abc".replace(b"b", b"BB"), b"aaaa".replace(b"a", b"b", 2))
print(b"\x00\xffAZ".hex(), b"abc".hex(":"), b"abcdef".hex("-", 2), bytes.fromhex("de ad BE EF"))
print(b"isalpha".isalpha(), b"123".isdigit(), b"abc1".isalnum(), b"   ".isspace(), b"Ab Cd".istitle())
print(b"lower".islower(), b"UP".isupper(), b"".isalpha(), b"\x80".isascii(), b"ok".isascii())
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"bc"), b"abc".removeprefix(b"z"))

table = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(table), b"hello".translate(None, b"l"), len(table))

# construction
print(bytes(3), bytes([65, 66]), bytes(range(97, 100)), bytes("é", "utf-8"), bytes(b"copy"))
print(bytes.fromhex(""), b"x" * 3, 2 * b"ab", b"a" + b"b", b"abc"[1], b"abc"[1:], b"abc"[::-1])
print(list(b"AB"), 66 in b"AB", b"B" in b"AB", b"" in b"AB", b"abc" < b"abd", b"a" < b"ab")
print(repr(bytes([0, 9, 10, 13, 39, 92, 127, 128])), repr(b'"\''))
print(b"caf\xc3\xa9".decode(), b"\xff".decode("latin-1"), b"ab\xff".decode("ascii", "replace"))

errors = [
    lambda: bytes([256]),
    lambda: bytes("text"),
    lambda: b"abc".index(b"z"),
    lambda: bytes.fromhex("abc"),
    lambda: b"a" + "b",
    lambda: b"abc"[5],
    lambda: b"x".decode("ascii") + b"\xff".decode("ascii"),
    lambda: "s" in b"abc",
    lambda: bytes(-1),
]
for make in errors:
    try:
        make()
    except (ValueError, TypeError, IndexError, UnicodeDecodeError) as e:
        print(type(e).__name__ + ":", e)

print(hash(b"abc") == hash(b"abc"), b"abc" == bytearray(b"abc"), bytes(memoryview(b"mv")))
