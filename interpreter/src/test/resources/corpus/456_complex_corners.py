# complex numbers: construction from strings, arithmetic corners, repr of signed zeros, errors.

for text in ("1+2j", "-3j", "  4.5-0j ", "(1+1j)", "j", "-J", "1e3+1e-3j", "inf-infj", "nan+1j"):
    print(repr(text).ljust(14), repr(complex(text)))
for bad in ("1+", "1 + 2j", "j1", "", "(1+2j", "1+2i"):
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad).ljust(9), "ValueError:", e)

print(complex(1, 2), complex(1.5), complex(), complex(2j, 1j), complex(1 + 1j, 1 + 1j))
print(repr(complex(0.0, -0.0)), repr(complex(-0.0, 0.0)), repr(-0j), repr(0j), repr(-(0j)))
print(repr(1j * 1j), repr((1 + 2j) * (3 - 4j)), repr((1 + 2j) / (3 - 4j)), repr((2 + 0j) ** 3))
print(abs(3 + 4j), abs(-5j), (1 + 1j).conjugate(), (3 + 4j).real, (3 + 4j).imag, (5).imag)
print((1j) ** 2, 2 ** (1j * 0), (1 + 0j) ** 0, 0j ** 0, pow(1j, 3))
print(1j == 1j + 0, 1 + 0j == 1, (1 + 0j) == 1.0, hash(1 + 0j) == hash(1), 2j != 2)
print(divmod.__name__, complex("1e400j"), complex("-1e400"))

for op in ("1j // 1", "1j % 2", "1j < 2j", "0j ** -1", "1 / 0j", "divmod(1j, 1)", "int(1j)", "float(1j)"):
    try:
        print(op, "=", eval(op))
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(op.ljust(14), type(e).__name__ + ":", e)


class ComplexLike:
    def __complex__(self):
        return 7 - 1j


class FloatLike:
    def __float__(self):
        return 2.5


print(complex(ComplexLike()), complex(FloatLike()), complex(FloatLike(), FloatLike()))
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError:", e)
try:
    complex(1, "2")
except TypeError as e:
    print("TypeError:", e)

# formatting
z = -1.25 + 3.5j
print(str(z), format(z, ""), format(z, ".1f"), format(z, "+.2e"), format(z, ">20"), f"{z:g}")
print(complex(1e16, 1e-5), complex(123456789012, 0.1), repr(complex(float("nan"), float("inf"))))
