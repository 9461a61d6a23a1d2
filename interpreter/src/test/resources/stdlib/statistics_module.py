# statistics: averages, spread, quantiles, NormalDist, correlation and regression, with exact types kept.
import sys
sys.modules["_decimal"] = None   # statistics imports decimal: the same pure-Python one on both
import statistics as st
from decimal import Decimal
from fractions import Fraction

data = [2.5, 3.25, 5.5, 11.25, 1.0, 7.75, 3.25]
ints = [1, 3, 3, 6, 7, 8, 9, 9, 9, 12]
print(st.mean(data), st.mean(ints), st.fmean(data), st.median(data), st.median(ints))
print(st.median_low(ints), st.median_high(ints), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 5]), st.median_grouped([52, 52, 53, 54], interval=2))
print(st.mode(ints), st.mode("abracadabra"), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.variance(ints), st.pvariance(ints), st.stdev(ints), st.pstdev(ints))
print(st.variance(data), st.stdev(data), st.pvariance(data, mu=st.mean(data)))
print(st.mean([Fraction(1, 2), Fraction(3, 4)]), st.variance([Fraction(1, 2), Fraction(3, 4), Fraction(7, 4)]))
print(st.mean([Decimal("0.5"), Decimal("0.75"), Decimal("1.25")]), st.median([Decimal("1.5"), Decimal("0.5")]))
print(st.pvariance([Decimal("1.5"), Decimal("2.5"), Decimal("4.0")]), type(st.stdev([Decimal(1), Decimal(3)])).__name__)

print(st.quantiles(ints, n=4), st.quantiles(ints, n=4, method="inclusive"))
print(st.quantiles(range(1, 101), n=10))
print([round(q, 3) for q in st.quantiles(data, n=5)])

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), round(st.correlation(x, y), 12))
slope, intercept = st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
print(slope, intercept, st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))

nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.pdf(100), 10), round(nd.cdf(130), 10), round(nd.inv_cdf(0.975), 6))
print([round(v, 4) for v in nd.quantiles(4)], round(nd.overlap(st.NormalDist(110, 10)), 10), round(nd.zscore(85), 6))
n2 = nd * 2 + 10
print(n2, nd + st.NormalDist(0, 20), nd == st.NormalDist(100, 15), st.NormalDist.from_samples([2, 4, 4, 4, 5, 5, 7, 9]))

errors = [
    lambda: st.mean([]),
    lambda: st.variance([1]),
    lambda: st.stdev([]),
    lambda: st.mode([]),
    lambda: st.harmonic_mean([-1, 2]),
    lambda: st.geometric_mean([0, 2]),
    lambda: st.quantiles([1], n=4),
    lambda: st.quantiles([1, 2], n=0),
    lambda: st.correlation([1, 1, 1], [1, 2, 3]),
    lambda: st.covariance([1, 2], [1]),
    lambda: st.NormalDist(0, -1),
    lambda: st.median([]),
]
for make in errors:
    try:
        make()
    except st.StatisticsError as e:
        print("StatisticsError:", e)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(issubclass(st.StatisticsError, ValueError))
