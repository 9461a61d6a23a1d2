xs = [3, 1, 4, 1, 5, 9, 2, 6]
gen = (x * 2 for x in xs if x % 2)
print(type(gen).__name__)
print(list(gen), list(gen))
print(sum(x * x for x in xs), max((x for x in xs), default=None))
print(min((x for x in []), default='empty'))

n = 10
g = (n + i for i in range(3))
n = 100
print(list(g))

source = [1, 2, 3]
g2 = (v for v in source)
source = [7, 8, 9]
print(list(g2))


class Scope:
    k = 5
    try:
        vals = [k * i for i in range(3)]
    except NameError as e:
        vals = 'NameError: ' + str(e)
    first = [i for i in range(k)]


print(Scope.vals, Scope.first)
pairs = list((a, b) for a in 'ab' for b in range(2) if a != 'b' or b)
print(pairs)
print(''.join(c.upper() for c in 'hello' if c not in 'l'))
nested = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(inner)) for i, inner in nested])
it = iter(x for x in range(5))
print(next(it), next(it), list(it))
print(tuple(str(x) for x in range(4)), sorted((-x for x in xs)))
print(dict((k, len(k)) for k in ['one', 'three']))
