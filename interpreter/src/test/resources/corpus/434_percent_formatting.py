# printf-style % formatting: mappings, flags, width/precision from *, conversions, errors.

record = {"name": "Ada", "age": 36, "score": 97.125, "tags": ["x", "y"]}
print("%(name)s is %(age)d, score %(score).1f, tags %(tags)r" % record)
print("%(name)-6s|%(age)05d|%(score)+.2e" % record)
print("%(age)s %(age)r %(age)x" % record)

for fmt in ("%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%o", "%#o", "%c", "%r", "%a"):
    print(fmt.ljust(6), repr(fmt % 65))
for fmt in ("%f", "%.2f", "%10.3f", "%-10.1f|", "%e", "%.3E", "%g", "%G", "%#g", "%.0f", "%#.0f"):
    print(fmt.ljust(7), repr(fmt % 1234.5678))

print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s and %s" % ("one", "two"), "%s" % (("tuple",),), "%s" % [1, 2])
print("100%% sure, %s%%" % 50)
print("%c%c%c" % ("a", 98, "c"))
print("%s %r %a" % ("é", "é", "é"))
print("%x %o" % (-255, -8), "%d" % True, "%.3s" % "abcdef", "%5.1s|" % "xyz")
print("%d %i %u" % (3.99, -2.5, 7))
print(b"%s and %d bytes, %b, %x" % (b"raw", 5, b"bin", 255))
print("%(a)s%(a)s" % {"a": "rep"}, "%()s" % {"": "empty key"})

class Mapping:
    def __getitem__(self, key):
        return key.upper()

print("%(hello)s %(world)s" % Mapping())

errors = [
    ("%d", "str"),
    ("%d %d", (1,)),
    ("%d", (1, 2)),
    ("%(x)s", (1,)),
    ("%c", 1114112),
    ("%c", "ab"),
    ("%z", 1),
    ("%(missing)s", {}),
    ("%", ()),
    ("%*d", ("a", 1)),
    ("%s %(x)s", {"x": 1}),
]
for fmt, args in errors:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(fmt.ljust(11), type(e).__name__ + ":", e)

# non-tuple, non-mapping right operands with no directives
print("no directives" % ())
try:
    print("no directives" % 5)
except TypeError as e:
    print("TypeError:", e)
print("x" % {"unused": 1}, "y" % [])

# large and special numbers
print("%d" % 2 ** 70, "%x" % 2 ** 70, "%.3g" % 2 ** 70)
print("%f %e %g" % (float("inf"), float("-inf"), float("nan")))
print("%.15g %.17g %r" % (0.1, 0.1, 0.1))
print("%10.4s|%-10r|" % ("truncate", "r"))
