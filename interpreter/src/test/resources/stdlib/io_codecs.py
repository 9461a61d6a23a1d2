# TextIOWrapper and open() with codecs of the codec registry (cp1252, iso-8859-15, cp437), not the Java ones.
import io, os, tempfile
t = io.TextIOWrapper(io.BytesIO(), encoding='cp1252')
t.write('caf\u00e9 \u20ac\n')
t.flush()
print(t.buffer.getvalue(), t.encoding)
t.seek(0)
print(repr(t.readline()), t.tell(), repr(t.read()))
for enc in ['hex', 'nope']:
    try:
        io.TextIOWrapper(io.BytesIO(), encoding=enc)
    except LookupError as e:
        print('LookupError', e)
d = tempfile.mkdtemp()
p = os.path.join(d, 'x.txt')
with open(p, 'w', encoding='iso-8859-15') as f:
    f.write('\u20ac5\r\nok\n')
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='iso-8859-15') as f:
    print(f.readlines(), f.newlines)
with open(p, encoding='cp437', errors='replace') as f:
    print(ascii(f.read()))
os.unlink(p); os.rmdir(d)
