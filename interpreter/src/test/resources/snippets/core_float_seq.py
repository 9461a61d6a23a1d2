# float(): strings, bytes, buffers, __float__ of subclasses; round(); pow corner cases; '#' formats;
# list/tuple/set/float subclasses and keyword arguments; exact-type fast paths; seq.index clipping
import math
import warnings

def show(f, *a):
    try:
        r = f(*a)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['  1_000.5  ', '1__0', '_1', '1_', '1_.5', '1._5', '1e1_0', ' -InFiNiTy ', '+nan', '\u0663.\u0661\u0664', '1.5\x00', '0x10', '1d', '']:
    show(float, s)
show(float, b' 3.25 ')
show(float, b'123\xa0')
show(float, bytearray(b'2.5'))
show(float, memoryview(b'12.3')[1:4])
show(math.copysign, 1.0, float('-nan'))
show(math.copysign, 1.0, float('nan'))

class F2(float):
    def __float__(self):
        return 42.0
class FSub(float):
    pass
class RetSub:
    def __float__(self):
        return FSub(1.5)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    show(float, F2(1.0))
    show(float, RetSub())
for x in w:
    print(x.category.__name__, x.message)

show(round, 123.456, 2 ** 100)
show(round, -123.456, -2 ** 100)
show(round, 1.6e308, -308)
show(round, 1e150, 309)
show(round, 123456, -40)
show(round, 1.5e300, -300)
for x, y in [(-1.0, float('-inf')), (1.0, float('inf')), (-0.0, float('-inf')), (0.5, float('-inf')),
             (float('-inf'), -0.5), (float('-inf'), 3.0), (float('-inf'), -3.0), (-2.0, 0.5)]:
    show(pow, x, y)
print('%#.0e|%#.0g|%#.1g|%#.0E|%#.0f' % (0.01, 15.0, 15.0, 0.01, 1.0), format(1.0, '#.0%'), format(0.01, '#.0e'))

class L(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self
u = L([1, 2], newarg=3)
print(u, u.newarg)
class T(tuple):
    def __init__(self, seq, newarg=None):
        self.newarg = newarg
u = T([1, 2], newarg=3)
print(u, u.newarg)
for c in (list, tuple, set, frozenset, float):
    class S(c):
        pass
    show(S, 1, 2)
    try:
        S(x=0)
    except TypeError as e:
        print(e)
class FI(float):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg
print(FI(2.5, newarg=3).newarg)

class LyingTuple(tuple):
    def __iter__(self):
        yield 1
class LyingList(list):
    def __iter__(self):
        yield 1
print(list(LyingTuple((2,))), tuple(LyingTuple((2,))), list(LyingList([2])), tuple(LyingList([2])))
l = []
l.extend(LyingTuple((2,)))
print(l, [*LyingTuple((5,))])
s = (1, 2)
t = 'ab'
print(s * 1 is s, t * 1 is t)
a = [0, 1, 0]
print(a.index(0, -4 * 2 ** 70, 4 * 2 ** 70), (0, 1, 0).index(0, 1, 2 ** 80))
print(tuple.__itemsize__, list.__itemsize__, int.__itemsize__, bytes.__itemsize__, T.__itemsize__)
try:
    [0] * (2 ** 62)
except MemoryError:
    print('MemoryError')
