square = lambda x: x * x
print(square(5))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: "no args")())
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(6))))
funcs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in funcs])
make_adder = lambda n: lambda x: x + n
print(make_adder(3)(4))
print(square.__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, add)(1))
cond = lambda x: "pos" if x > 0 else "non-pos"
print(cond(1), cond(-1))
