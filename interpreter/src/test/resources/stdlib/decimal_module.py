# decimal (the pure-Python _pydecimal on Herthon): arithmetic, contexts, rounding, signals, formatting.
import sys
sys.modules["_decimal"] = None   # CPython too runs _pydecimal: Herthon has no _decimal twin
import decimal
from decimal import Decimal, Context, localcontext, getcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, \
    ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, ROUND_UP, ROUND_HALF_DOWN, InvalidOperation, DivisionByZero, Inexact, Rounded

D = Decimal
print(D("1.1") + D("2.2"), D("1.10") * 3, D("10") / D("4"), D("1") / D("3"))
print(D("7") // D("2"), D("-7") // D("2"), D("7") % D("-2"), divmod(D("-7"), D("2")))
print(D(0.1), D("0.1") == D(0.1), D(3), D(-0.0), D("-0"), D("1e3"), D("1E-7"), D("  12.50  "))
print(D((0, (3, 1, 4), -2)), D("NaN"), D("-Infinity"), D("sNaN").is_snan(), D("inf").is_infinite())
print(repr(D("3.14")), str(D("1.000")), D("1.000").normalize(), D("120").normalize(), D("1E+2").to_integral_value())
print(D("2").sqrt(), D("10").ln(), D("2").exp(), D("100").log10(), D("2") ** 10, D("2") ** D("0.5"))
print(D("1.23456").quantize(D("0.01")), D("2.5").quantize(D("1")), D("3.5").quantize(D("1")), D("-2.5").quantize(D("1")))
print(D("123.456").as_tuple(), D("-1.5").as_integer_ratio(), D("0.125").as_integer_ratio(), int(D("-7.9")), float(D("2.5")))
print(D("5").compare(D("3")), D("1.0") == D("1"), D("1.0") == 1, D("0.5") < 1, hash(D("1.0")) == hash(1), hash(D("0.5")) == hash(0.5))
print(sorted([D("3.1"), D("-1"), D("2.50"), D("2.5")]), max(D("1"), D("1.0")), min(D("2"), D("10")))
print(D("12.345").adjusted(), D("0.0012").adjusted(), D("1.2e5").scaleb(-3), D("123").shift(2), D("1.5").copy_negate(), abs(D("-3")))
print(D("10").max(D("2")), D("10").min_mag(D("-2")), D("7").remainder_near(D("4")), D("-3").copy_sign(D("1")), D("2").fma(3, 4))

for mode in (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP):
    values = [D(s).quantize(D("0.1"), rounding=mode) for s in ("1.25", "1.35", "-1.25", "1.01", "1.05", "-1.06")]
    print(mode.ljust(16), " ".join(str(v) for v in values))

ctx = Context(prec=5, rounding=ROUND_HALF_UP)
print(ctx.divide(D(1), D(7)), ctx.add(D("1.23456"), D("0")), ctx.power(D(2), D(100)), ctx.sqrt(D(2)), ctx.prec)
with localcontext() as lc:
    lc.prec = 3
    print(D(1) / D(7), D("1234567") + 0, +D("9.9999"))
with localcontext(prec=40):
    print(D(1) / D(7))
print(D(1) / D(7), getcontext().prec, getcontext().rounding)

# signals and traps
ctx = Context(prec=4, traps=[DivisionByZero])
try:
    ctx.divide(D(1), D(0))
except DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__)
ctx = Context(prec=4, traps=[])
print(ctx.divide(D(1), D(0)), ctx.divide(D(0), D(0)), ctx.flags[DivisionByZero], ctx.flags[InvalidOperation])
ctx.clear_flags()
print(ctx.add(D("1.23456"), D(0)), ctx.flags[Inexact], ctx.flags[Rounded])
strict = Context(traps=[Inexact])
try:
    strict.divide(D(1), D(3))
except Inexact:
    print("Inexact trapped")
for bad in ("abc", "1.2.3", "", "1e"):
    try:
        D(bad)
    except InvalidOperation as e:
        print("InvalidOperation for", repr(bad), type(e).__name__)
try:
    D("1") + 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    D("NaN") < 1
except InvalidOperation:
    print("InvalidOperation comparing NaN")

# formatting
x = D("1234567.891")
print(format(x, ",.2f"), format(x, ".3e"), format(x, "015.1f"), format(D("0.5"), "%"), format(D("-1.5"), "+.3g"), f"{x:>16,}")
print(format(D("1e-10"), "f"), format(D("123.456"), ".2"), "{:.1f}".format(D("0.05")))
print(D("1.5").__round__(), round(D("2.5")), round(D("2.675"), 2), round(D("-0.5")), D.from_float(1.1))
print(decimal.MAX_PREC > 0, decimal.HAVE_THREADS, Decimal.__module__, D("3.000").is_canonical(), D(7).number_class(), D("-0").number_class())
