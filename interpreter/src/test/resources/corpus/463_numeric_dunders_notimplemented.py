# The operator methods of int, float and complex return NotImplemented for wider operands, and
# format() with an empty spec is str() of the object, even for subclasses.

print((1).__add__(2), (1).__add__(2.5), (1).__radd__(True), (1).__mul__([1]), (2).__pow__(0.5))
print((1.5).__add__(1), (1.5).__add__(1j), (1.5).__rsub__(1), (2.0).__truediv__("x"), (1j).__add__(2.0), (1j).__mul__(2))
print(int.__sub__(10, 3), float.__floordiv__(7.0, 2), complex.__truediv__(1j, 2), int.__and__(6, 3), int.__lshift__(1, 4))


class Meters(int):
    def __repr__(self):
        return "Meters(%d)" % int(self)

    def __add__(self, other):
        result = super().__add__(other)
        if result is NotImplemented:
            return result
        return Meters(result)

    __radd__ = __add__


m = Meters(5)
print(m + 2, 2 + m, m + m, m + 0.5, 0.5 + m, type(m * 2).__name__, m * [0])
print(f"{m}", format(m, ""), format(m, "d"), str(m), "%d" % m, "{}".format(m), "{!s}".format(m))


class Celsius(float):
    def __str__(self):
        return "%.1f C" % self


c = Celsius(21.456)
print(f"{c}", f"{c:.2f}", format(c), repr(c), c + 1, type(c + 1).__name__, -c)


class Phase(complex):
    def __repr__(self):
        return "Phase" + complex.__repr__(self)


print(format(Phase(1, 2)), f"{Phase(1, 2):.1f}", Phase(1, 2) * 2)


class Label(str):
    def __str__(self):
        return "label:" + self


lab = Label("x")
print(f"{lab}", format(lab, ""), format(lab, ">3"), "%s" % lab, str(lab))

for a, b in ((1, "a"), (1.0, []), (1j, None)):
    try:
        a + b
    except TypeError as e:
        print("TypeError:", e)
