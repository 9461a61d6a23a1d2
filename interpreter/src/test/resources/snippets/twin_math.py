import math

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(f.__name__, args, kw, r.hex() if isinstance(r, float) else r)
    except Exception as e:
        print(f.__name__, args, kw, type(e).__name__, e)

for x in [0.0, -0.0, 0.5, 1.0, 2.0, 10.0, -3.5, 1e-300, 1e300, math.inf, -math.inf, math.nan]:
    for fn in [math.sqrt, math.exp, math.log, math.log10, math.log1p, math.expm1, math.sin, math.cos, math.tan,
               math.asinh, math.acosh, math.atanh, math.sinh, math.cosh, math.tanh, math.erf, math.erfc,
               math.gamma, math.lgamma, math.fabs, math.cbrt, math.exp2, math.ulp, math.frexp, math.modf,
               math.isfinite, math.isinf, math.isnan, math.floor, math.ceil, math.trunc, math.degrees, math.radians]:
        show(fn, x)
for x in [0.1, 0.25, 0.6, 0.9, 1.1, 1.3, 2.5, 3.0, 5.9, 6.1, 27.0, 29.0, -0.3, -1.2, -2.9, -5.5]:
    show(math.erf, x); show(math.erfc, x); show(math.gamma, x); show(math.lgamma, x); show(math.log10, x * 1000)
for args in [(2, 10), (2.0, -1), (0.0, -1), (-8, 1 / 3), (-2, 3), (math.inf, -3), (-math.inf, 3), (1, math.nan),
             (math.nan, 0), (10, 400), (0.5, math.inf), (-1, math.inf)]:
    show(math.pow, *args)
for args in [(1, 2), (math.inf, math.inf), (-math.inf, math.inf), (0.0, -0.0), (-0.0, -1), (math.nan, 1)]:
    show(math.atan2, *args)
for args in [(5.5, 2), (-5.5, 2), (5, 0), (math.inf, 1), (3, math.inf), (1e308, 1e-308)]:
    show(math.fmod, *args); show(math.remainder, *args)
show(math.copysign, 3, -0.0); show(math.ldexp, 1.5, 1024); show(math.ldexp, 1.5, -1080); show(math.ldexp, 3, 2 ** 70)
show(math.ldexp, 1.0, 1.5); show(math.nextafter, 1.0, 2.0); show(math.nextafter, 0.0, -1.0)
show(math.log, 2 ** 2000); show(math.log2, 2 ** 2000 + 1); show(math.log10, 10 ** 400); show(math.log, 10 ** 400, 10)
show(math.log, 8, 2); show(math.log, 0); show(math.log, -1); show(math.log, 5, 1); show(math.log2, 0.0); show(math.log, 1.0, 0.5)
show(math.fsum, [0.1] * 10); show(math.fsum, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]); show(math.fsum, [])
show(math.fsum, [math.inf, -math.inf]); show(math.fsum, [1e308, 1e308]); show(math.fsum, [math.nan, 1]); show(math.fsum, [2.0 ** 53, 1.0, 2.0 ** -53])
show(math.hypot, 3, 4); show(math.hypot); show(math.hypot, 1e-320, 1e-320); show(math.hypot, 1e308, 1e308, 1e308)
show(math.hypot, *[0.1 * i for i in range(20)]); show(math.hypot, math.inf, math.nan); show(math.hypot, 1.5)
show(math.dist, (1, 2, 3), (4, 6, 8)); show(math.dist, [0.1, 0.2], [0.3, 0.7]); show(math.dist, (1,), (1, 2))
show(math.isqrt, 10 ** 50); show(math.isqrt, 0); show(math.isqrt, -1); show(math.isqrt, 2.0)
show(math.factorial, 30); show(math.factorial, -1); show(math.factorial, 3.0); print(len(str(math.factorial(1000))))
show(math.comb, 50, 20); show(math.comb, 5, 7); show(math.comb, -1, 2); show(math.comb, 10 ** 20, 3)
show(math.perm, 10, 3); show(math.perm, 6); show(math.perm, 3, 5); show(math.perm, 4, -1)
show(math.gcd); show(math.gcd, 12); show(math.gcd, -12, 18, 27); show(math.gcd, 2 ** 100, 6 ** 50); show(math.gcd, 1.5, 2)
show(math.lcm); show(math.lcm, 4, 6, 10); show(math.lcm, 0, 5); show(math.lcm, -3)
show(math.prod, [1, 2, 3, 4]); show(math.prod, [0.5, 4], start=3); show(math.prod, []); show(math.prod, ['a'], start=3)
show(math.isclose, 1.0, 1.0 + 1e-10); show(math.isclose, 1, 1.1, rel_tol=0.2); show(math.isclose, 0, 1e-12, abs_tol=1e-9)
show(math.isclose, 1, 2, rel_tol=-1); show(math.isclose, math.inf, math.inf)
show(math.sqrt, -1); show(math.exp, 1000); show(math.sqrt, "x"); show(math.sqrt, 10 ** 400); show(math.acos, 2)
show(math.floor, 2 ** 70 + 0.0); show(math.floor, True); show(math.ceil, -0.5); show(math.trunc, -2.7)

class F:
    def __repr__(self): return "F()"
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
    def __float__(self): return 2.25

class I:
    def __repr__(self): return "I()"
    def __index__(self): return 7

show(math.floor, F()); show(math.ceil, F()); show(math.trunc, F()); show(math.sqrt, F()); show(math.sqrt, I())
show(math.trunc, 3.0j if False else "s"); show(math.factorial, I()); show(math.comb, I(), 2)
print(math.pi, math.e, math.tau, math.inf, math.nan)
