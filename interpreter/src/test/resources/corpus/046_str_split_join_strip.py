s = "  a,b,,c  "
print(s.split(","), s.strip().split(","), s.split(",", 1), s.rsplit(",", 1))
print("a b  c\td\ne".split(), "  leading".split(), "".split(), "".split(","))
print("one two three".split(" ", 1), "one two three".rsplit(" ", 1), "x".split("x"))
print("a-b-c".rsplit("-"), "a-b-c".split("-", maxsplit=0), "line1\nline2\r\nline3".splitlines())
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(3)))
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "www.example.com".lstrip("w."), "abc123".rstrip("0123456789"))
print("hello world".replace("o", "0"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
t = "banana"
print(t.find("an"), t.find("an", 2), t.find("x"), t.rfind("an"), t.rfind("x"))
print(t.index("n"), t.rindex("n"), t.count("a"), t.count("an"), t.count(""))
try:
    t.index("z")
except ValueError as e:
    print("ValueError:", e)
print(t.find("a", -3), t.count("a", 2, 5), "".find(""))
print("a,b;c".replace(";", ",").split(","))
print("tab\tseparated".expandtabs(4), "%r" % " x ".strip())
