import sys

print(sys.version_info[:2] >= (3, 0), type(sys.maxsize).__name__, sys.maxsize > 2 ** 31)
print(sys.argv[0], len(sys.argv))
print(type(sys.path).__name__, type(sys.modules).__name__, 'sys' in sys.modules)
print(sys.byteorder in ('little', 'big'), sys.float_info.max > 1e308, sys.float_info.epsilon < 1e-15)
print(sys.getrecursionlimit() > 50, callable(sys.exit), sys.stdout.write('written\n'))
sys.stderr.write('to stderr\n')
print('hello', file=sys.stderr)
print(sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
print(sys.exc_info()[0])
print(sys.intern('abc') == 'abc', sys.implementation.name != '')
sys.stdout.write('no newline')
sys.stdout.write('\n')
print(*['a', 'b'], sep='-', end='!\n', file=sys.stdout)
