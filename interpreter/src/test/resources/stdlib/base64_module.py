# base64: standard/urlsafe base64, base32 (and hex alphabet), base16, base85/ascii85, validation errors.
import base64
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256)), b"\x00\x00\xfb\xff"]
for s in samples:
    print(s, base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b16encode(s))
for s in samples[:7]:
    print(base64.b32hexencode(s), base64.b85encode(s), base64.a85encode(s), base64.b85encode(s, pad=True))

enc = base64.b64encode(bytes(range(256)))
print(len(enc), enc[:40], base64.b64decode(enc) == bytes(range(256)))
print(base64.b64decode("Zm9v"), base64.b64decode(b"Zm9vYg=="), base64.b64decode("Zm 9v\nYmFy"), base64.standard_b64decode("YQ=="))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"), base64.urlsafe_b64decode("-_8="))
print(base64.b32decode("MZXW6==="), base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ=", map01=None))
print(base64.b32decode("0O======".replace("0", "O"), casefold=False) if False else base64.b32decode("ME======"), base64.b32decode("M1======", map01="L"))
print(base64.b16decode("666F6F"), base64.b16decode("666f6f", casefold=True), base64.b32hexdecode("CPNMU==="))
print(base64.b85decode(b"W^Zp|VR8"), base64.a85decode(b"AoDTs"), base64.a85decode(b"<~AoDTs~>", adobe=True), base64.a85encode(b"\0\0\0\0 ", foldspaces=True))
print(base64.a85encode(b"x" * 30, wrapcol=20), base64.a85encode(b"hi", adobe=True), base64.a85decode(b"z", foldspaces=False))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"))

errors = [
    lambda: base64.b64decode("Zm9v=", validate=True),
    lambda: base64.b64decode("Zm9"),
    lambda: base64.b64decode("Zm!v", validate=True),
    lambda: base64.b32decode("MZXW6"),
    lambda: base64.b32decode("mzxw6==="),
    lambda: base64.b16decode("6g"),
    lambda: base64.b16decode("666"),
    lambda: base64.b85decode(b"{{{{"),
    lambda: base64.a85decode(b"<~abc", adobe=True),
    lambda: base64.b64encode("text"),
    lambda: base64.b64decode("é"),
]
for make in errors:
    try:
        print(make())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(issubclass(binascii.Error, ValueError), base64.b64decode(b"Zm9v\n", validate=False))
