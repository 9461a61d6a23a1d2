# __format__ on user classes, and the format mini-language on built-in types.

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec.endswith("c"):
            return format(self.cents, spec[:-1] + "d") + "c"
        units, rest = divmod(self.cents, 100)
        return format(units + rest / 100, spec)

    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)


class Plain:
    def __str__(self):
        return "plain!"


m = Money(12345)
print(format(m))
print(format(m, ".1f"))
print(format(m, ">10c"))
print("{0} | {0:,.2f} | {0:c}".format(m))
print(f"[{m:>12.3f}]")
print(format(Plain(), ""))
print(f"{Plain()!s:*^12}")
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)

# integers
for spec in ("b", "#b", "o", "#o", "x", "#X", "08d", "+d", " d", "_d", ",d", "#_x", "c"):
    print(spec.ljust(4), repr(format(255, spec)))
print(format(-42, "=+8d"), format(-42, "<8d") + "|", format(-42, "^9d") + "|")
print(format(1234567, "_b"))

# floats
for spec in ("e", ".3e", "E", "g", ".2g", "G", "%", ".1%", "10.4f", "<10.2f", "+.0f", "#.0f", "n"):
    print(spec.ljust(6), repr(format(1234.5678, spec)))
print(format(float("inf"), "f"), format(float("-inf"), "E"), format(float("nan"), "F"))
print(format(0.000012345, "g"), format(123456789.0, "g"), format(1e16, ".3"))
print(format(-0.0, "f"), format(-0.0, "+g"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
print(format(3.0), format(3.0, ""), format(1e22, ""), format(1.0, "r") if False else "")

# strings
print(repr(format("abc", "5")), repr(format("abc", ">5")), repr(format("abc", "^6")))
print(repr(format("abcdef", ".3")), repr(format("abcdef", "~^9.2")))
try:
    format("abc", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(10, ".2s")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)

# bool and complex
print(format(True, "d"), format(True, ""), format(False, ">6"))
print(format(3 + 4j, ".2f"), format(-1j, ""), format(1.5 + 0j, "^12"))
