# CPython's own table of regular expression cases (Lib/test/re_tests.py), run the way test_re runs it:
# every pattern is compiled and searched, and the result is printed (syntax errors, failures, groups).
import re
from test.re_tests import tests, SUCCEED, FAIL, SYNTAX_ERROR

ok = bad = 0
for t in tests:
    pattern, s, outcome = t[:3]
    try:
        obj = re.compile(pattern)
    except re.error as e:
        print('error', repr(pattern), e.msg)
        continue
    result = obj.search(s)
    if result is None:
        print('none', repr(pattern), repr(s))
        continue
    vardict = {'found': result.group(0), 'groups': result.group(), 'flags': result.re.flags}
    for i in range(1, 100):
        try:
            gi = result.group(i)
            if gi is None:
                gi = 'None'
        except IndexError:
            gi = 'Error'
        vardict['g%d' % i] = gi
    for i in result.re.groupindex.keys():
        gi = result.group(i)
        vardict[i] = 'None' if gi is None else gi
    line = ['match', repr(pattern), repr(s), result.span(), result.groups()]
    if len(t) == 5:
        line.append(repr(eval(t[3], vardict)))
    print(*line)
    for flags in (re.I, re.M | re.S):
        try:
            m = re.compile(pattern, flags).search(s)
        except re.error:
            continue
        print('  flags', int(flags), m and m.span())
    try:
        bpat = bytes(pattern, 'ascii')
        bs = bytes(s, 'ascii')
    except UnicodeEncodeError:
        continue
    try:
        m = re.compile(bpat).search(bs)
        print('  bytes', m and m.span())
    except re.error as e:
        print('  bytes error', e.msg)
