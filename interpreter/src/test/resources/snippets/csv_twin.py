import _csv

class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def text(self):
        t = ''.join(self.parts)
        self.parts = []
        return t

def rd(lines, **kw):
    try:
        r = _csv.reader(lines, **kw)
        return list(r)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

def wr(rows, **kw):
    o = Out()
    try:
        w = _csv.writer(o, **kw)
        for row in rows:
            w.writerow(row)
        return repr(o.text())
    except Exception as e:
        return '%s: %s %r' % (type(e).__name__, e, o.text())

print(_csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC, _csv.QUOTE_NONE, _csv.__version__)
print(issubclass(_csv.Error, Exception), _csv.Error.__module__, _csv.Error.__name__)
print(rd(['a,b,c\r\n', '1,"2,3",4\n', '', '"x""y",z']))
print(rd(['a,"b\n', 'c",d\n']))
print(rd(['"unterminated']), rd(['"unterminated'], strict=True))
print(rd(['a, b,  c'], skipinitialspace=True), rd(['a, "b,c"'], skipinitialspace=True), rd(['a, "b,c"']))
print(rd(['a\\,b,c'], escapechar='\\'), rd(['"a\\"b",c'], escapechar='\\', doublequote=False), rd(['a\\'], escapechar='\\'))
print(rd(['"a"b,c']), rd(['"a"b,c'], strict=True), rd(['"a""b"'], doublequote=False))
print(rd(['1,2.5,"x",', '"3"'], quoting=_csv.QUOTE_NONNUMERIC), rd(['a'], quoting=_csv.QUOTE_NONNUMERIC))
print(rd(['a;"b;c"'], delimiter=';'), rd(["'a,b',c"], quotechar="'"), rd(['"a,b",c'], quoting=_csv.QUOTE_NONE))
print(rd(['a,b\rc,d']), rd(['a,b\r\n', '\r\n', 'c']), rd(['a\0b,c']), rd([b'a,b']), rd([1]))
print(rd(['a\tb\tc'], dialect='excel-tab') if 'excel-tab' in _csv.list_dialects() else 'no excel-tab')
r = _csv.reader(['x,y\n', 'z\n'])
print(r.line_num, next(r), r.line_num, next(r), r.line_num, r.dialect.delimiter, iter(r) is r)
print(wr([['a', 'b,c', 'd"e', None, 1, 2.5, 'f\ng', '']]))
print(wr([[''], [None], [], ['', ''], ('x',)]))
print(wr([['a', 1, None, 2.5, True]], quoting=_csv.QUOTE_NONNUMERIC))
print(wr([['a', '', None]], quoting=_csv.QUOTE_ALL))
print(wr([['a,b', 'c']], quoting=_csv.QUOTE_NONE), wr([['a,b', 'c"']], quoting=_csv.QUOTE_NONE, escapechar='\\'))
print(wr([['']], quoting=_csv.QUOTE_NONE), wr([['a"b']], doublequote=False), wr([['a"b', 'c\\d']], doublequote=False, escapechar='\\'))
print(wr([['a', 'b']], lineterminator='\n', delimiter='|'), wr([['a|b', 'c\nd']], lineterminator='\n', delimiter='|'))
print(wr([1]), wr(['abc']), wr([iter([1, 2])]))
o = Out()
w = _csv.writer(o)
print(w.writerow(['q']), w.writerows([[1], [2]]), repr(o.text()), w.dialect.lineterminator == '\r\n')
for bad in [lambda: _csv.writer(1), lambda: _csv.reader(1), lambda: _csv.reader(), lambda: _csv.reader([], 'nope'),
            lambda: _csv.reader([], delimiter=''), lambda: _csv.reader([], delimiter=None), lambda: _csv.reader([], delimiter=1),
            lambda: _csv.reader([], quotechar='ab'), lambda: _csv.reader([], quotechar=1), lambda: _csv.reader([], quoting=7),
            lambda: _csv.reader([], quoting='1'), lambda: _csv.reader([], quoting=1.0), lambda: _csv.reader([], lineterminator=1),
            lambda: _csv.reader([], lineterminator=None), lambda: _csv.reader([], quotechar=None, quoting=_csv.QUOTE_ALL),
            lambda: _csv.reader([], escapechar=1), lambda: _csv.reader([], bogus=1), lambda: _csv.get_dialect('nope'),
            lambda: _csv.unregister_dialect('nope'), lambda: _csv.register_dialect(1), lambda: _csv.field_size_limit('x'),
            lambda: _csv.field_size_limit(1, 2), lambda: _csv.list_dialects(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

d = _csv.Dialect(delimiter=';', quotechar=None)
print(d.delimiter, d.quotechar, d.quoting, d.escapechar, d.doublequote, d.skipinitialspace, d.strict, repr(d.lineterminator))
print(_csv.Dialect(d) is d, _csv.Dialect(d, strict=True) is d, _csv.Dialect(d, strict=True).strict)
try:
    d.delimiter = ','
except AttributeError as e:
    print('AttributeError')
class Src:
    delimiter = ':'
    quoting = _csv.QUOTE_ALL
    lineterminator = '\n'
d2 = _csv.Dialect(Src, doublequote=False)
print(d2.delimiter, d2.quoting, d2.doublequote, repr(d2.lineterminator), d2.quotechar)
_csv.register_dialect('colon', Src)
_csv.register_dialect('semi', delimiter=';')
print(sorted(_csv.list_dialects()), _csv.get_dialect('colon').delimiter, rd(['a:b;c'], dialect='colon'), rd(['a:b;c'], dialect='semi'))
print(wr([['x', 'y']], dialect='colon'), wr([['x', 'y']], dialect=Src, delimiter='-'))
_csv.unregister_dialect('colon')
_csv.unregister_dialect('semi')
print(_csv.list_dialects())
class Sub(_csv.Dialect):
    pass
s = Sub(delimiter='\t')
print(type(s).__name__, s.delimiter, isinstance(s, _csv.Dialect))
old = _csv.field_size_limit(5)
print(old, rd(['12345,6']), rd(['123456']), _csv.field_size_limit(), _csv.field_size_limit(old))
