import math

print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), type(math.floor(1.5)).__name__)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.lcm(4, 6))
print(math.factorial(0), math.factorial(5), math.factorial(25))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1))
print(math.log(1), math.log(math.e), round(math.log(8, 2), 10), round(math.log10(1000), 10))
print(round(math.log2(1024), 10), round(math.exp(1), 12), math.pow(2, 10))
print(round(math.sin(math.pi / 2), 12), round(math.cos(0), 12), round(math.atan2(1, 1) * 4, 12))
print(math.fabs(-3), math.trunc(-3.7), math.isinf(math.inf), math.isfinite(1e308))
print(math.hypot(3, 4), math.copysign(2, -0.0), math.fmod(7, 3), math.modf(2.5))
print(math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(math.isqrt(17), math.degrees(math.pi), math.radians(180) == math.pi)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
