# Comprehension scopes: loop variables do not leak, the first iterable is evaluated outside,
# class bodies are not enclosing scopes, closures capture late.

x = "global x"
result = [x for x in range(3)]
print(result, x)

# the outermost iterable is evaluated in the enclosing scope, the rest inside
class Config:
    names = ["a", "b", "c"]
    upper = [n.upper() for n in names]
    try:
        pairs = [(n, m) for n in names for m in names if n < m]
    except NameError as e:
        pairs = "NameError: " + str(e)

print(Config.upper)
print(Config.pairs)

# nested comprehensions see the enclosing function's locals
def table(n):
    scale = 10
    return [[i * scale + j for j in range(n)] for i in range(n)]

print(table(3))

# late binding: every lambda sees the final value, unless bound by a default
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])

# walrus inside a comprehension binds in the enclosing scope
def last_even(values):
    found = None
    evens = [found := v for v in values if v % 2 == 0]
    return evens, found

print(last_even([1, 2, 3, 4, 5, 6, 7]))

# generator expressions evaluate the first iterable eagerly and the rest lazily
def make(seq):
    print("  make called")
    return seq

gen = (a + b for a in make([1, 2]) for b in make([10, 20]))
print("generator built")
print(list(gen))

# set and dict comprehensions have their own scopes too
y = 100
s = {y % 3 for y in range(10)}
d = {k: v for k, v in zip("abc", range(3))}
print(sorted(s), d, y)

# names used in a comprehension inside a function are looked up at run time
def counter():
    total = 0
    items = [1, 2, 3]
    sums = [total + i for i in items]
    total = 50
    more = [total + i for i in items]
    return sums, more

print(counter())

# nonlocal from inside a comprehension-held lambda
def accum():
    acc = []
    adders = [lambda v, acc=acc: acc.append(v) for _ in range(2)]
    adders[0](1)
    adders[1](2)
    return acc

print(accum())
