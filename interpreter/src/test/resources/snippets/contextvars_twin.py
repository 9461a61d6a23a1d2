import _contextvars as cv

v = cv.ContextVar('v', default=10)
w = cv.ContextVar('w')
print(v.name, v.get(), w.get(5))
try:
    w.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__, e.args[0] is w)
t = v.set(1)
print(v.get(), t.var is v, t.old_value is cv.Token.MISSING, t.old_value)
t2 = v.set(2)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
try:
    v.reset(t2)
except RuntimeError as e:
    print('RuntimeError', 'has already been used once' in str(e))
try:
    w.reset(t)
except ValueError as e:
    print('ValueError', 'different ContextVar' in str(e))
v.reset(t)
print(v.get())

ctx = cv.copy_context()
print(type(ctx).__name__, len(ctx), v in ctx)
wt = w.set('a')
print(w in ctx, w in cv.copy_context(), len(cv.copy_context()))

def f(x, y=0):
    w.set('inside')
    v.set(x + y)
    return w.get(), v.get(), cv.copy_context()[w]

c2 = cv.Context()
print(c2.run(f, 3, y=4))
print(w.get(), v.get(), c2[w], c2[v], c2.get(v), c2.get(cv.ContextVar('z')), c2.get(cv.ContextVar('z'), 'dflt'))
print(sorted((k.name, val) for k, val in c2.items()), sorted(k.name for k in c2), sorted(c2.values(), key=str))
print(sorted(k.name for k in c2.keys()))
try:
    c2[cv.ContextVar('q')]
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
c3 = c2.copy()
print(c3 == c2, c3 != c2, c3 is c2, c2 == cv.Context(), cv.Context() == cv.Context(), c2 == 1)

def reenter():
    try:
        c2.run(lambda: None)
    except RuntimeError as e:
        print('RuntimeError', 'is already entered' in str(e))
    return 'done'
print(c2.run(reenter))

try:
    c3.run(lambda: 1 / 0)
except ZeroDivisionError:
    print('exception passes through run')
print(w.get())

def token_other_context():
    tok = w.set('x')
    return tok
tok = cv.Context().run(token_other_context)
try:
    w.reset(tok)
except ValueError as e:
    print('ValueError', 'different Context' in str(e))
for bad in [lambda: cv.ContextVar(), lambda: cv.ContextVar(1), lambda: cv.ContextVar('a', 1), lambda: cv.ContextVar('a', bad=1),
            lambda: cv.Token(), lambda: cv.Context(1), lambda: cv.Context()[1], lambda: 1 in cv.Context(),
            lambda: v.get(1, 2), lambda: v.reset(1), lambda: cv.copy_context(1), lambda: hash(cv.Context()),
            lambda: cv.Context().get(), lambda: v.set(), lambda: cv.Context().run(),
            lambda: type('X', (cv.ContextVar,), {}), lambda: type('X', (cv.Context,), {}), lambda: type('X', (cv.Token,), {})]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(repr(cv.Token.MISSING), type(cv.Token.MISSING), cv.ContextVar.__module__, cv.Context.__module__)
print(cv.ContextVar[int], cv.Token[str])
print(repr(v).startswith("<ContextVar name='v' default=10 at 0x"), repr(w).startswith("<ContextVar name='w' at 0x"))
print(repr(t).startswith("<Token used var=<ContextVar name='v' default=10 at "))
print(hash(v) == hash(v), v == v, v != w)
