# compile(..., "single") prints module-level expression values through sys.displayhook; doctest relies on it.
import sys, builtins
exec(compile('1+1', '<s>', 'single'))
exec(compile('"doc"', '<s>', 'single'))
exec(compile('for i in range(2): i\n', '<s>', 'single'))
exec(compile('None', '<s>', 'single'))
exec(compile('def f():\n    3\n', '<s>', 'single')); exec(compile('f()', '<s>', 'single'))
print(builtins._)
seen = []
sys.displayhook = seen.append
exec(compile('[1, 2]', '<s>', 'single'))
print(seen)
sys.displayhook = sys.__displayhook__
del sys.displayhook
try:
    exec(compile('5', '<s>', 'single'))
except RuntimeError as e:
    print("RuntimeError", e)
sys.displayhook = sys.__displayhook__
exec(compile('"caf\\xe9"', '<s>', 'single'))
import doctest, collections
print(doctest.testmod(collections))
