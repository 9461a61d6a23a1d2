def api(a, b, /, c, d=4, *, e, f=6, **rest):
    return (a, b, c, d, e, f, sorted(rest.items()))


print(api(1, 2, 3, e=5))
print(api(1, 2, c=3, d=40, e=50, g=7, b=8))
for call in [
    lambda: api(1, b=2, c=3, e=5),
    lambda: api(1, 2, 3),
    lambda: api(1, 2, 3, 4, 5, e=1),
    lambda: api(1, 2, 3, c=3, e=1),
]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)


def varargs(*args, sep=', ', **kw):
    return sep.join(map(str, args)) + (' ' + str(sorted(kw)) if kw else '')


print(varargs(1, 2, 3), varargs(sep='-'), varargs(*'abc', sep='', x=1))
args = (1, 2)
kwargs = {'c': 3, 'e': 5}
print(api(*args, **kwargs))
print(api(*[1, 2], *[3], **{'e': 9}, **{'z': 0}))
try:
    api(1, 2, **{'c': 1}, **{'c': 2})
except TypeError as e:
    print('TypeError:', e)


def defaults(x, acc=[]):
    acc.append(x)
    return acc


print(defaults(1), defaults(2), defaults(3, []))
print(defaults.__defaults__, api.__kwdefaults__)


def safe_defaults(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc


print(safe_defaults(1), safe_defaults(2))
print(api.__code__.co_posonlyargcount, api.__code__.co_kwonlyargcount, api.__code__.co_argcount)
