import _csv
class O:
    def write(self, s): print(repr(s)); return 7
for kw in [dict(lineterminator='\n'), dict(escapechar='\\'), dict(escapechar='\\', quoting=_csv.QUOTE_NONE), dict(quotechar="'"), dict(quoting=_csv.QUOTE_NONNUMERIC)]:
    w = _csv.writer(O(), **kw)
    try:
        print(w.writerow(['a\rb', 'c\nd', 'e,f', 'g\\h', "i'j", 'k"l', 'm\0n', ' o', '', 1.0, -2, None, 3j, float('nan')]))
    except Exception as e:
        print(type(e).__name__, e)
print(list(_csv.reader(['a,b\\\n', 'c'], escapechar='\\')))
print(list(_csv.reader(['"a\\\n', 'b"'], escapechar='\\')))
print(list(_csv.reader(['a,"b\r\n', 'c"\r\n'])))
print(list(_csv.reader(['a,b\r', 'c,d\n'])))
print(list(_csv.reader(['x,', ',', '"",""'])))
print(list(_csv.reader(['  "a"  ,b'], skipinitialspace=True)))
print(list(_csv.reader(['a b'], delimiter=' ', skipinitialspace=True)))
print(list(_csv.reader(['1,"2"', '"abc",x'], quoting=_csv.QUOTE_NONNUMERIC, strict=False)) if False else '')
print(list(_csv.reader(['\ua000,\U0001F600'], delimiter='\u00e9')), list(_csv.reader(['a\U0001F600b'], delimiter='\U0001F600')))
