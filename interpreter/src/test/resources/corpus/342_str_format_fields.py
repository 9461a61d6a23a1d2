class User:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags


u = User('ada', ['admin', 'dev'])
print('{0.name} has {0.tags[0]} and {0.tags[1]}'.format(u))
print('{u.name!r:>10}'.format(u=u))
print('{} {} {}'.format(1, 2, 3), '{2} {1} {0}'.format('a', 'b', 'c'))
print('{0}{1}{0}'.format('ab', 'cd'))
print('{name} is {age:>3}'.format(name='Bob', age=7))
cfg = {'host': 'localhost', 'port': 8080}
print('{c[host]}:{c[port]}'.format(c=cfg))
print('{0[1]}, {0[0]}'.format(('x', 'y')))
print('{:>{w}}|{:<{w}}|'.format('r', 'l', w=4))
print('{:{fill}{align}{width}}'.format('mid', fill='-', align='^', width=9))
print('{!r} {!s} {!a}'.format('q', 'q', 'ü'))
print('{{}} {{{}}}'.format('in braces'))
print('{:,}'.format(9876543210), '{:.2%}'.format(0.4567))
print('{0:08.3f} {0:e} {0:G}'.format(1234.5678))
data = {'a': 1, 'b': 2}
print('{a}-{b}'.format_map(data))


class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'


print('{known} {unknown}'.format_map(Default(known='K')))
for bad in ['{0} {}', '{', '{:d}', '{x}']:
    try:
        print(bad.format('s'))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
try:
    '{} {}'.format('one')
except IndexError as e:
    print('IndexError:', e)
