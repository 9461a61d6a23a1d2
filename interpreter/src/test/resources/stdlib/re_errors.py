# Errors raised by re and the _sre twin, with CPython's messages.
import re

def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

for pat in ['(', ')', 'a**', '[a', '(?P<1>a)', r'\1', '(?<=a+)b', 'a{2,1}', '(?P<n>a)(?P<n>b)', '[z-a]', r'\x', '(?x', '(?',
            'a{4294967295}', '(?i', '(?<n>a)', '(?(1)a|b|c)', 'a)b', '*', '(?P=x)', '\\']:
    attempt(re.compile, pat)
e = None
try:
    re.compile('ab\n(c')
except re.error as err:
    e = err
print(e.msg, e.pos, e.lineno, e.colno, repr(e.pattern))
attempt(re.match, 'a', b'a')
attempt(re.match, b'a', 'a')
attempt(re.search, 'x*', 5)
attempt(re.search, 'x*', type)
attempt(re.compile('a').match, 'a', 'x')
attempt(re.compile('(a)').match('a').group, 2)
attempt(re.compile('(a)').match('a').group, 'nope')
attempt(re.compile('(a)').match('a').start, -1)
attempt(re.compile('(?P<n>a)').match('a').span, 'n')
attempt(re.sub, 'a', r'\2', 'a')
attempt(re.sub, 'a', r'\g<x>', 'a')
attempt(re.sub, '(a)', r'\g<1', 'a')
attempt(re.sub, 'a', lambda m: 5, 'a')
attempt(re.sub, b'a', 'x', b'a')
attempt(re.compile, re.compile('a'), re.I)
attempt(re.compile, 5)
attempt(re.Pattern)
attempt(re.Match)
attempt(re.compile('a').match)
attempt(re.compile('a').match, 'a', pos='x')
attempt(re.compile('a').split, 'a', maxsplit='x')
attempt(lambda: re.compile('(a)').match('a')['x'])
