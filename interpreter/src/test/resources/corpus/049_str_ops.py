s = "Python"
print(s[0], s[-1], s[1:4], s[:2], s[4:], s[::-1], s[::2], s[-3:-1], s[10:])
print(s + "3", s * 2, 3 * "ab", "" * 5, len(s), len(""), len("é中"))
print("y" in s, "th" in s, "" in s, "Y" not in s)
print([c for c in "abc"], list("hi"), tuple("ok"))
print(ord("A"), ord("é"), ord("中"), chr(97), chr(0x263A), chr(8364))
print("abc" < "abd", "a" * 3 == "aaa", "abc".__len__())
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
print(str(123), str(1.5), str([1, "a"]), str(None), str(b"x"[0]))
print("multi\nline".count("\n"), "a\tb".split("\t"))
print(min("hello"), max("hello"), sorted("hello"), "".join(sorted("cab")))
print(s.encode("utf-8"), "é".encode("utf-8"), b"caf\xc3\xa9".decode("utf-8"))
print(repr(s[1:1]), s[-100:100], s[5:1], s[5:1:-1])
print(hash("same") == hash("same"), "abc" == "ab" + "c", s is not None)
words = "the quick brown fox".split()
print(" ".join(w.capitalize() for w in words), len(words), words[-1][::-1])
print(str.upper("x"), "a" if "" else "b")
