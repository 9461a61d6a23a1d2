square = lambda x: x * x
add = lambda a, b=10, *rest, **kw: (a + b, rest, sorted(kw))
print(square(7), add(1), add(1, 2, 3, 4, z=1, y=2))
print((lambda: 'no args')(), (lambda *a: len(a))(1, 2, 3))
print(square.__name__, (lambda: 0).__name__, square.__code__.co_argcount)
ops = {
    '+': lambda a, b: a + b,
    '-': lambda a, b: a - b,
    '*': lambda a, b: a * b,
    '/': lambda a, b: a / b if b else float('inf'),
}
for sym in sorted(ops):
    print(f'8 {sym} 2 = {ops[sym](8, 2)}')
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(square, inc)(3), compose(inc, square)(3))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
Y = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
fib = Y(lambda self: lambda n: n if n < 2 else self(n - 1) + self(n - 2))
print([fib(i) for i in range(7)])
pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: len(p[1])))
print(list(map(lambda x: x if x % 3 else 'fizz', range(1, 8))))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
try:
    (lambda x: x)()
except TypeError as e:
    print('TypeError:', e)
