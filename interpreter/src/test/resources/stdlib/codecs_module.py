# codecs and _codecs: the registry, the encodings package, incremental codecs, error handlers.
import codecs
import _codecs

for name in ["utf-8", "UTF8", "latin_1", "Latin-1", "ascii", "utf-16", "utf_32_be", "cp1252", "mac-roman", "utf-7", "hex", "rot13"]:
    info = codecs.lookup(name)
    print(name, "->", info.name, type(info).__name__, getattr(info, "_is_text_encoding", None))
print(codecs.lookup("utf-8") is codecs.lookup("UTF_8"))
for bad in ["nonesuch", "", "utf-8 x"]:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print("LookupError:", e)

seen = []
def search(name):
    seen.append(name)
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)), name="my-codec")
    return None
codecs.register(search)
print(codecs.lookup(" My--Codec ").name, seen)
print("abc".encode("my_codec"), b"XYZ".decode("my-codec"))
codecs.unregister(search)
try:
    codecs.lookup("my_codec")
except LookupError as e:
    print("LookupError:", e)

# the stdlib's codecs through str.encode / bytes.decode
text = "Grüße, €5 — naïve"
for enc in ["cp1252", "latin9", "mac_roman", "cp437", "utf-16-le", "utf-32", "utf-7", "koi8-r"]:
    try:
        data = text.encode(enc)
        print(enc, data, data.decode(enc) == text)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e)
print(codecs.encode("abc", "rot13"), codecs.decode(b"616263", "hex"), codecs.encode(b"ab", "base64"))
for call in [lambda: "x".encode("rot13"), lambda: b"x".decode("hex"), lambda: codecs.decode(b"zz", "hex")]:
    try:
        call()
    except (LookupError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

# incremental
dec = codecs.getincrementaldecoder("utf-8")()
print([dec.decode(b) for b in [b"a\xc3", b"\xa9\xe2\x82", b"\xac"]], repr(dec.decode(b"", final=True)))
dec = codecs.getincrementaldecoder("utf-16")()
print([dec.decode(b) for b in [b"\xff", b"\xfea", b"\x00b", b"\x00"]])
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"))
print(list(codecs.iterdecode([b"\xe2\x82", b"\xac!"], "utf-8")), list(codecs.iterencode(["a", "\u20ac"], "cp1252")))
try:
    codecs.getincrementaldecoder("utf-8")().decode(b"\xc3", final=True)
except UnicodeDecodeError as e:
    print(e)

# _codecs directly: (object, length) tuples and partial decoding
print(_codecs.utf_8_decode(b"a\xc3", "strict", False), _codecs.utf_8_decode(b"a\xc3\xa9", None, True), _codecs.utf_8_encode("h\xe9"))
print(_codecs.utf_16_ex_decode(b"\xff\xfea\x00b", "strict", 0, False), _codecs.utf_16_ex_decode(b"\xfe\xff\x00a", "strict", 0, True))
print(_codecs.utf_16_encode("ab"), _codecs.utf_16_encode("ab", None, 1), _codecs.utf_16_be_encode("ab"), _codecs.utf_32_le_decode(b"a\x00\x00\x00b"))
print(_codecs.latin_1_encode("\xff"), _codecs.ascii_decode(b"abc"), _codecs.latin_1_decode(bytearray(b"\xe9")))
print(_codecs.utf_7_decode(b"a+AGE", "strict", False), _codecs.utf_7_encode("a\u20ac b+-~"), "hi\U0001f600x".encode("utf-7"), b"hi+2D3eAA-x".decode("utf-7"))
print(_codecs.escape_encode(b"a\n\x00'\"\\\x7f"), _codecs.escape_decode(b"a\\n\\x41\\101\\\n"), _codecs.escape_decode("\\t"))
print(_codecs.unicode_escape_decode(b"ab\\u12", "strict", False), _codecs.raw_unicode_escape_decode(b"ab\\u12", "strict", False))
print(_codecs.unicode_escape_decode(b"\\N{DIGIT ONE}\\x41\\101\\t\\u20ac\\U0001f600"), "a\xe9\u20ac\n\\\U0001f600".encode("unicode_escape"))
print("a\xe9\u20ac\\".encode("raw_unicode_escape"), b"\\u20ac\\\\u20ac\\x".decode("raw_unicode_escape"))
print(_codecs.readbuffer_encode("a\xe9"), _codecs.readbuffer_encode(b"xy"))
print(_codecs.charmap_build("abc"), type(_codecs.charmap_build("".join(chr(i) for i in range(256)))).__name__)
print(_codecs.charmap_decode(b"\x00\x01\x02", "strict", "xyz"), _codecs.charmap_decode(b"\x00\x01", "replace", {0: "A", 1: None}))
print(_codecs.charmap_encode("ab", "strict", {97: 1, 98: b"BB"}), _codecs.charmap_encode("a\xe9", "strict", None))
for bad in [b"\\x4", b"\\u12", b"\\N{NO SUCH NAME}", b"\\"]:
    try:
        bad.decode("unicode_escape")
    except UnicodeDecodeError as e:
        print(e)
try:
    _codecs.escape_decode(b"\\x4")
except ValueError as e:
    print("ValueError:", e)
for call in [lambda: _codecs.utf_8_decode("str"), lambda: _codecs.utf_8_encode(b"b"), lambda: _codecs.lookup(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# error handlers
for err in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    for enc in ["ascii", "latin-1", "cp1252", "utf-8"]:
        print(err, enc, "a\xe9\u20ac\u4e00".encode(enc, err))
for err in ["replace", "ignore", "backslashreplace"]:
    for enc in ["ascii", "utf-8", "cp1252", "utf-16-le"]:
        print(err, enc, ascii(b"a\xe9\x81\xff\x00".decode(enc, err)))
print(ascii(b"a\xff".decode("ascii", "surrogateescape")), "a\udcff".encode("ascii", "surrogateescape"), "\ud800".encode("utf-8", "surrogatepass"))
print(ascii(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")), "\ud800".encode("utf-16-le", "surrogatepass"))
for err in ["xmlcharrefreplace", "namereplace"]:
    try:
        b"\xff".decode("utf-8", err)
    except TypeError as e:
        print("TypeError:", e)

def handler(e):
    print("handler", type(e).__name__, e.encoding, e.start, e.end, e.reason)
    return ("<%d>" % e.start, e.end)
codecs.register_error("angles", handler)
print("a\xe9b\u20acc".encode("ascii", "angles"), b"a\xffb".decode("utf-8", "angles"), "x\u0100".encode("cp1252", "angles"))
codecs.register_error("skip2", lambda e: ("", e.end + 1))
print(b"a\xffbcd".decode("ascii", "skip2"))
codecs.register_error("bad", lambda e: 42)
try:
    b"\xff".decode("ascii", "bad")
except TypeError as e:
    print("TypeError:", e)
codecs.register_error("far", lambda e: ("", 100))
try:
    b"\xff".decode("ascii", "far")
except IndexError as e:
    print("IndexError:", e)
print(codecs.lookup_error("angles") is handler, codecs.lookup_error("strict"), codecs.lookup_error("replace") is codecs.replace_errors)
for bad in [lambda: codecs.lookup_error("nope"), lambda: "\xe9".encode("ascii", "nope"), lambda: codecs.register_error("x", 1)]:
    try:
        bad()
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
print(codecs.replace_errors(UnicodeEncodeError("ascii", "ab", 0, 2, "x")), codecs.backslashreplace_errors(UnicodeDecodeError("ascii", b"\xff\xfe", 0, 2, "x")))
print(codecs.xmlcharrefreplace_errors(UnicodeEncodeError("ascii", "\u20ac", 0, 1, "x")), codecs.ignore_errors(UnicodeTranslateError("ab", 0, 1, "x")))
try:
    codecs.strict_errors(ValueError("v"))
except ValueError as e:
    print("ValueError:", e)
for e in [UnicodeEncodeError("ascii", "a\xe9", 1, 2, "ordinal not in range(128)"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")]:
    print(str(e), e.args)
print("münchen.de".encode("idna"), b"xn--mnchen-3ya.de".decode("idna"), codecs.BOM_UTF8, codecs.BOM_UTF16_LE)
