# random (random.py over the _random twin): CPython's exact sequences for a seed.
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(0, 1000, 7))
print(random.choice("abcdefg"), random.choices(range(10), k=5), random.sample(range(100), 5))
items = list(range(10))
random.shuffle(items)
print(items)
print(round(random.uniform(1, 2), 12), round(random.gauss(0, 1), 12), round(random.expovariate(2.0), 12))
print(round(random.triangular(0, 10, 3), 12), round(random.betavariate(2, 3), 12), round(random.normalvariate(5, 2), 12))
print(random.getrandbits(70), random.randbytes(6))
r = random.Random("a string seed")
print(r.random(), r.randint(-5, 5))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)])
random.seed(12345, version=1)
print(random.random())
for bad in [lambda: random.randrange(5, 5), lambda: random.choice([]), lambda: random.sample([1, 2], 3)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
