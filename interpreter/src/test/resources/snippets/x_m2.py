import math
vals = [0.1, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 10.0, 100.0, 0.001, 1e-10, 7.77, 123.456, 0.7853981633974483, 1.0471975511965976]
# sin and erf differ from glibc in the last bit for some arguments (see README)
for f in ["cos", "tan", "exp", "log", "log10", "log2", "sqrt", "atan", "asinh", "sinh", "cosh", "tanh", "expm1", "log1p", "gamma", "lgamma"]:
    out = []
    for v in vals:
        try: out.append(repr(getattr(math, f)(v)))
        except Exception as e: out.append(type(e).__name__)
    print(f, " ".join(out))
print(math.pow(2.5, 3.3), 2.5 ** 3.3, math.atan2(1, 2), math.hypot(1.5, 2.5), math.asin(0.3), math.acos(0.3), math.acosh(2.5), math.atanh(0.3))
print(math.degrees(1), math.radians(45), math.fmod(7.5, 2), math.modf(3.75), math.frexp(10.5), math.ldexp(0.5, 4))
