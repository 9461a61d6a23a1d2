# Iterators pickled and copied part-way: builtin ones and itertools' (their __reduce__ and __setstate__).
import copy, pickle
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle,
                       dropwhile, filterfalse, groupby, islice, permutations, product, repeat, starmap, takewhile,
                       tee, zip_longest)

def below3(x): return x < 3
def below6(x): return x < 6
def odd(x): return x % 2

def roundtrip(make, took=2):
    it = make()
    head = [next(it) for _ in range(took)]
    copies = [pickle.loads(pickle.dumps(it, proto)) for proto in range(pickle.HIGHEST_PROTOCOL + 1)]
    copies.append(copy.deepcopy(it))
    rest = [list(islice(c, 12)) for c in copies]
    assert all(r == rest[0] for r in rest), rest
    print(type(it).__name__, head, rest[0], rest[0] == list(islice(it, 12)))

roundtrip(lambda: iter([1, 2, 3, 4]))
roundtrip(lambda: iter((1, 2, 3)))
roundtrip(lambda: iter("hello"))
roundtrip(lambda: iter(range(3, 30, 4)))
roundtrip(lambda: reversed([1, 2, 3, 4]))
roundtrip(lambda: reversed("abcd"))
roundtrip(lambda: enumerate("abcd", 5))
roundtrip(lambda: zip("abc", range(5)))
roundtrip(lambda: map(pow, [2, 3, 4], [2, 2, 2]))
roundtrip(lambda: filter(None, [0, 1, 0, 2, 3]))
roundtrip(lambda: iter({"a": 1, "b": 2, "c": 3}))
roundtrip(lambda: iter({"a": 1, "b": 2, "c": 3}.items()))
roundtrip(lambda: count(10, 3))
roundtrip(lambda: count(2.5))
roundtrip(lambda: cycle("abc"), took=5)
roundtrip(lambda: cycle("abc"), took=1)
roundtrip(lambda: repeat("x", 5))
roundtrip(lambda: accumulate([1, 2, 3, 4, 5]))
roundtrip(lambda: accumulate([1, 2, 3], initial=100), took=1)
roundtrip(lambda: chain("ab", "cd", "ef"), took=3)
roundtrip(lambda: chain.from_iterable(["ab", "cd"]), took=1)
roundtrip(lambda: compress("ABCDEF", [1, 0, 1, 0, 1, 1]), took=1)
roundtrip(lambda: dropwhile(below3, range(8)), took=1)
roundtrip(lambda: takewhile(below6, range(8)))
roundtrip(lambda: filterfalse(odd, range(9)))
roundtrip(lambda: starmap(pow, [(2, 3), (3, 2), (10, 2)]), took=1)
roundtrip(lambda: islice("abcdefghij", 1, 9, 2), took=1)
roundtrip(lambda: zip_longest("ab", "wxyz", fillvalue="-"), took=3)
roundtrip(lambda: product("ab", range(3)), took=3)
roundtrip(lambda: combinations(range(5), 3), took=4)
roundtrip(lambda: combinations_with_replacement("abc", 2), took=2)
roundtrip(lambda: permutations(range(4), 2), took=5)
it = groupby("aaabbc")
k, g = next(it)
print(k, list(pickle.loads(pickle.dumps(g))), [(k, list(g)) for k, g in pickle.loads(pickle.dumps(it))])
a, b = tee("abcdef")
next(a); next(a)
print(list(pickle.loads(pickle.dumps(a))), list(copy.copy(b)))

print(count(3).__reduce__(), count(3, 2).__reduce__())
print(repeat("x").__reduce__(), repeat("x", 2).__reduce__())
c = combinations("abc", 2); next(c)
print(c.__reduce__())
p = product("ab", "cd"); next(p); next(p)
print(p.__reduce__())
for bad in [(), ([],), ([1], "x"), [[1], 0]]:
    try:
        cycle("ab").__setstate__(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    chain().__setstate__(())
except TypeError as e:
    print("TypeError", e)
try:
    permutations("abc").__setstate__(((0, 1), (1,)))
except ValueError as e:
    print("ValueError", e)
s = iter("h\U0001F600llo\xe9!"); next(s); next(s)
print(list(pickle.loads(pickle.dumps(s))), s.__reduce__()[1:])
print(pickle.loads(pickle.dumps(len)) is len, pickle.loads(pickle.dumps(iter)) is iter)
