# io over _io: StringIO, BytesIO, TextIOWrapper over BytesIO, newline modes, the ABCs, errors.
import io
import sys

def attempt(f):
    try:
        r = f()
        print('->', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(io.open is open, io.DEFAULT_BUFFER_SIZE, io.SEEK_END)
print(io.UnsupportedOperation.__mro__)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print([isinstance(o, io.IOBase) for o in (io.StringIO(), io.BytesIO(), sys.stdout)])
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.TextIOBase))
print(isinstance(sys.stdout, io.TextIOBase), type(sys.stdout).__name__, sys.stdout.encoding, sys.stdout.name)

# StringIO
s = io.StringIO('hello\nworld\n')
print(s.read(3), s.tell(), repr(s.readline()), s.readlines(), s.read(), s.tell())
print(s.seek(0), list(s), s.seek(0, 2), s.write('!'), repr(s.getvalue()))
s.seek(20)
s.write('x')
print(repr(s.getvalue()), s.tell(), s.truncate(5), repr(s.getvalue()), s.tell())
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO(newline=nl)
    s.write('a\r\nb\rc\nd')
    s.seek(0)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines, s.tell())
print(io.StringIO('a\r\nb', newline=None).getvalue() == 'a\nb', io.StringIO('x\ny').readline(1))
attempt(lambda: io.StringIO(b'x'))
attempt(lambda: io.StringIO(newline='x'))
attempt(lambda: io.StringIO(newline=5))
attempt(lambda: io.StringIO().write(b'x'))
attempt(lambda: io.StringIO().seek(-1))
attempt(lambda: io.StringIO().seek(1, 1))
attempt(lambda: io.StringIO().seek(0, 5))
attempt(lambda: io.StringIO().truncate(-1))
attempt(lambda: io.StringIO().detach())
attempt(lambda: io.StringIO().fileno())
s = io.StringIO('x')
s.close()
print(s.closed)
for f in (s.getvalue, s.read, s.tell, lambda: s.write('y'), lambda: iter(s)):
    attempt(f)
print(repr(io.StringIO('\U0001f600ab').read(2)), io.StringIO('\U0001f600ab').seek(2))
with io.StringIO() as s2:
    print('hi', 'there', sep='-', file=s2)
    s2.writelines(['a', 'b\n'])
    print(repr(s2.getvalue()))
print(s2.closed)

# BytesIO
b = io.BytesIO(b'hello\nworld\n')
print(b.read(2), b.read1(2), b.readline(), b.readlines(), b.tell())
buf = bytearray(4)
b.seek(1)
print(b.readinto(buf), buf, b.tell())
print(b.seek(20), b.write(b'!'), b.getvalue(), b.truncate(3), b.tell(), b.getvalue())
print(bytes(b.getbuffer()), b.readable(), b.writable(), b.seekable(), b.isatty())
attempt(lambda: b.seek(-1))
attempt(lambda: b.seek(0, 3))
attempt(lambda: b.truncate(-1))
attempt(lambda: b.write('x'))
attempt(lambda: b.readinto(b'xx'))
attempt(lambda: io.BytesIO('x'))
attempt(lambda: b.seek(-100, 1))
b.close()
for f in (b.getvalue, b.read, b.tell, lambda: b.write(b''), b.readable, b.flush):
    attempt(f)
print(list(io.BytesIO(b'a\nb\nc')))

# IncrementalNewlineDecoder
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode('a\r')), repr(d.decode('\nb\r')), repr(d.decode('', final=True)), d.newlines, d.getstate())
d2 = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d2.decode('x\r\ny\rz\n')), d2.newlines)

# TextIOWrapper over BytesIO
t = io.TextIOWrapper(io.BytesIO(b'a\r\nb\rc\nd'))
print(t.encoding.lower(), t.errors, t.line_buffering, t.newlines, t.readlines(), t.newlines, t.tell())
t = io.TextIOWrapper(io.BytesIO(), encoding='utf-16')
t.write('hi\n')
print(t.buffer.getvalue())
t.flush()
print(t.buffer.getvalue(), t.tell())
t.seek(0)
print(repr(t.read()))
for kw in [dict(encoding='bogus'), dict(newline='x'), dict(newline=5), dict(encoding=5), dict(errors=5)]:
    attempt(lambda: io.TextIOWrapper(io.BytesIO(), **kw))
t = io.TextIOWrapper(io.BytesIO(b'abc\ndef\nghi'), newline='')
print(repr(t.readline()), t.tell(), t.read(2), t.tell(), t.seek(0, 2), t.tell(), t.seek(2), repr(t.read()))
attempt(lambda: t.seek(1, 1))
attempt(lambda: t.seek(1, 2))
attempt(lambda: t.seek(-1))
attempt(lambda: t.seek(0, 7))
attempt(lambda: t.write(b'x'))
t.seek(0)
for line in t:
    attempt(t.tell)
    break
raw = t.detach()
print(type(raw).__name__, t.buffer)
attempt(t.read)
attempt(lambda: t.closed)
t = io.TextIOWrapper(io.BytesIO())
t.close()
for f in (t.read, lambda: t.write('x'), t.flush, t.tell):
    attempt(f)
print(t.closed, t.encoding.lower())
attempt(lambda: io.TextIOWrapper(io.BufferedReader(io.BytesIO(b'x'))).write('x'))
attempt(lambda: io.TextIOWrapper(io.BufferedWriter(io.BytesIO())).read())
print(io.TextIOWrapper(io.BytesIO(b'\xff'), errors='replace').read(), io.TextIOWrapper(io.BytesIO(b'\xe9t\xe9'), encoding='latin-1').read())
attempt(lambda: io.TextIOWrapper(io.BytesIO(b'ab\xff')).read())
def enc_fail():
    t = io.TextIOWrapper(io.BytesIO(), encoding='ascii')
    t.write('\xe9')
    t.flush()
attempt(enc_fail)
for kw, text in [(dict(encoding='ascii', errors='xmlcharrefreplace'), '\xe9'), (dict(newline='\r\n'), 'a\nb'),
                 (dict(encoding='utf-8-sig'), 'x'), (dict(encoding='utf-32-be'), 'z')]:
    t = io.TextIOWrapper(io.BytesIO(), **kw)
    t.write(text)
    t.flush()
    print(kw, t.buffer.getvalue())
t = io.TextIOWrapper(io.BytesIO(), line_buffering=True)
t.write('a\nb')
print(t.buffer.getvalue())
t.reconfigure(line_buffering=False, write_through=True)
t.write('c')
print(t.buffer.getvalue(), t.line_buffering, t.write_through)
print(io.TextIOWrapper(io.BytesIO('\ufeffsig'.encode('utf-8')), encoding='utf-8-sig').read())
print(repr(io.TextIOWrapper(io.BytesIO('\u00e9\n\u4e2d\n'.encode('utf-16'))).read()) if False else
      repr(io.TextIOWrapper(io.BytesIO('\u00e9\n\u4e2d\n'.encode('utf-16')), encoding='utf-16').read()))
t = io.TextIOWrapper(io.BytesIO('\u00e9a\nb\u4e2d\nc'.encode()), encoding='utf-8')
print(repr(t.readline()), t.tell(), repr(t.readline()), t.tell(), repr(t.read(1)), t.tell())

# Python subclasses of the ABCs: the Java defaults call the Python overrides
class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data), 3)
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
r = Raw(b'abc\ndefgh\n')
print(r.read(2), r.readline(), r.read(), r.read(), r.readall())
print(list(Raw(b'x\ny\nz')), io.BufferedReader(Raw(b'line1\nline2\n')).readlines())
print(io.TextIOWrapper(io.BufferedReader(Raw(b'q\r\nr\n'))).read())
class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Upper()
print('shout', file=u)
u.writelines(['a', 'b'])
print(repr(u.getvalue()))
class W(io.BufferedIOBase):
    def read(self, n=-1):
        return b'zz'[:n]
wb = bytearray(5)
print(W().readinto(wb), wb)
base = io.IOBase()
print(base.readable(), base.writable(), base.seekable(), base.closed)
attempt(base.fileno)
attempt(lambda: base.seek(0))
attempt(base.tell)
attempt(base._checkReadable)
base.close()
print(base.closed)
attempt(base.flush)
attempt(lambda: base.__enter__())
attempt(lambda: io.RawIOBase().read(2))
attempt(lambda: io.BufferedIOBase().read())
attempt(lambda: io.TextIOBase().read())
print(io.TextIOBase().encoding, io.TextIOBase().newlines)

# characters beyond the BMP count as one
astral = '\U0001f600\U0001f601x\ny\U0001f602'
t = io.TextIOWrapper(io.BytesIO(astral.encode()), encoding='utf-8')
print(ascii(t.read(3)), ascii(t.readline(1)), ascii(t.readline(2)), ascii(t.read()))
s = io.StringIO(astral)
print(ascii(s.read(1)), s.tell(), ascii(s.readline(2)), s.tell(), ascii(s.read()), s.seek(1), ascii(s.read(2)))
s.seek(1)
s.write('Z')
print(ascii(s.getvalue()), s.tell(), s.truncate(4), ascii(s.getvalue()))
print(io.StringIO('\U0001f600').write('\U0001f600\U0001f600'), io.TextIOWrapper(io.BytesIO()).write('\U0001f600'))
