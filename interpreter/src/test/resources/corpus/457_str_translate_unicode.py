# str.translate/maketrans, casefold, unicode-aware predicates and case mapping.

table = str.maketrans("abc", "xyz", "!?")
print("aabbcc! what?".translate(table), sorted(table.items()))
table2 = str.maketrans({"a": "1", "b": None, ord("c"): "CC"})
print("abcabc".translate(table2), sorted(table2.items()))
print("hello".translate({ord("l"): ord("L"), ord("o"): "0"}))

class Rot13(dict):
    def __missing__(self, code):
        ch = chr(code)
        if "a" <= ch <= "z":
            return (code - 97 + 13) % 26 + 97
        if "A" <= ch <= "Z":
            return (code - 65 + 13) % 26 + 65
        return code

# (non-ASCII input: CPython caches lookups only for pure-ASCII strings)
print("Héllo, Wörld!".translate(Rot13()), "Uryyb, é".translate(Rot13()))

for bad in (lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": 1}), lambda: "x".translate({120: 3.5}),
            lambda: str.maketrans(1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

words = ["Straße", "STRASSE", "ǅemal", "ﬁne", "İstanbul", "ΣΊΣΥΦΟΣ"]
for w in words:
    print(w, w.lower(), w.upper(), w.casefold(), w.title(), w.swapcase(), len(w.upper()))
print("straße".casefold() == "STRASSE".casefold(), "ß".upper(), "ß".lower(), "ﬀ".upper())

print("٣".isdigit(), "٣".isdecimal(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "½".isdigit())
print("é".isalpha(), "ǅ".istitle(), "ǅ".isupper(), "Ⅻ".isupper(), "_a1".isidentifier(), "1a".isidentifier())
print("\u00a0".isspace(), "\u200b".isspace(), "\x1f".isspace(), "\x1f".isprintable(), "é".isprintable())
print("a\u2028b\x1cc\x85d".splitlines(), "tab\there\n".expandtabs(), "ab\tc\td".expandtabs(3))
print("ﬁ".title(), "hello world-wide o'neil".title(), "ΑΣ ΣΑΣ".lower())
print(ascii("naïve ☃ \U0001f600"), repr("\x7f\x80\u2028"), "é".encode("ascii", "xmlcharrefreplace"))
print(sorted(["b", "B", "a", "É", "e", "é"]), sorted(["b", "B", "a", "É", "e"], key=str.casefold))
print(max("hello"), min("Hello"), ord("€"), chr(0x1F600) == "\U0001f600", len("\U0001f600"))
print("abc".center(9, "€"), "x".zfill(5), "-x".zfill(5), "+12".zfill(6), "€".rjust(3, "-"))
