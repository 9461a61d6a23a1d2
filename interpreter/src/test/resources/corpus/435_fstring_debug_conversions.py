# f-strings: = debugging, !r/!s/!a conversions, nested specs, braces, expressions.

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)

    def __format__(self, spec):
        return "<" + spec + ">" if spec else str(self)


p = Point(3, -4)
name = "Ünïcode"
width = 12
value = 3.14159265

print(f"{p}|{p!s}|{p!r}|{p:spec}|{p!r:>20}")
print(f"{name!a} {name!r} {name!s}")
print(f"{p=}")
print(f"{p = }")
print(f"{p=!s}")
print(f"{value=:.3f}")
print(f"{value = :>{width}.2f}|")
print(f"{p.x * p.y=}")
print(f"{name.upper()=}")
print(f"{'quoted'=}")
print(f"{1 + 1 = }")

# nested replacement fields in the spec
for w, prec in ((8, 1), (10, 3)):
    print(f"[{value:{w}.{prec}f}] [{value:^{w}.{prec}}] [{'s':{'*'}^{w}}]")

# braces, escapes and lambdas
print(f"{{literal}} {{{width}}}")
print(f"{(lambda q: q * 2)(21)}")
print(f"{'a' if width > 10 else 'b'}")
print(f"{[i * i for i in range(4)]}")
print(f"{dict(a=1)['a']}")
print(f"{width!r:>5}{width:#x}{width:08b}")
print(f"{3.0:g} {1e-7:g} {-0.0:+.1f}")
print(f"{'multi' 'part'} " f"{width}" " plain")

# conversion happens before formatting
print(f"{'abc'!r:^9}|")
print(f"{p!s:*<12}")

# datetime-free __format__ passthrough of the spec text
print(f"{p:%Y-%m-%d}")
print(format(p, "x"), f"{p:{'x'}{'y'}}")

# errors inside f-strings are ordinary exceptions
try:
    print(f"{p:d}")
except TypeError as e:
    print("TypeError:", e)
try:
    print(f"{width:s}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{undefined_name}")
except NameError as e:
    print("NameError:", e)
