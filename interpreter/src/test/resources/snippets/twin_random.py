import _random
r = _random.Random(42)
print([r.random() for _ in range(5)])
for seed in [0, 1, -1, 2**32, 2**32 - 1, 2**100 + 12345, -(2**70), True, 3.5, None.__class__ and 7]:
    r.seed(seed)
    print(seed, r.random(), r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100), r.getrandbits(0))
st = r.getstate()
print(len(st), st[-1], st[:3])
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)])
class R(_random.Random):
    def __init__(self, a, b=3):
        self.b = b
r2 = R(1, b=4); r2.seed(5); print(r2.b, r2.random())
print(_random.Random(5).random(), _random.Random().random() < 1.0)
for bad in [lambda: _random.Random(1, 2), lambda: _random.Random(x=1), lambda: r.getrandbits(-1), lambda: r.getrandbits(1.5),
            lambda: r.setstate([1]), lambda: r.setstate((1,) * 3), lambda: r.setstate((0,) * 624 + (625,)),
            lambda: r.setstate((-1,) * 625), lambda: r.seed(1, 2), lambda: r.seed([1])]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(type(r).__name__, type(r).__module__)
