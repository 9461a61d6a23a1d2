# open() in every mode over real files in a temporary folder; FileIO, Buffered*, TextIOWrapper on disk.
import io
import os
import tempfile

def attempt(f):
    try:
        r = f()
        print('->', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', rel(str(e)))

d = tempfile.mkdtemp()
rel = lambda s: s.replace(d, '<tmp>')
p = os.path.join(d, 'data.txt')

with open(p, 'w') as f:
    print(type(f).__name__, f.mode, rel(f.name), f.encoding.lower(), f.writable(), f.readable(), f.seekable())
    print(f.write('line one\n'), f.write('caf\u00e9 \u4e2d\n'), f.tell())
    f.writelines(['x\n', 'y\n'])
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p, 'rb') as f:
    print(type(f).__name__, f.mode, f.read(4), f.peek(1)[:1], f.read1(3), f.tell(), f.readline(), f.readlines())
with open(p, 'a') as f:
    print(f.tell(), f.write('appended\n'))
with open(p) as f:
    lines = list(f)
print(lines)
with open(p, 'r+') as f:
    print(repr(f.read(4)), f.tell())
    f.seek(0)
    f.write('LINE')
    f.seek(0)
    print(repr(f.readline()))
with open(p, 'w+b') as f:
    print(type(f).__name__, f.mode, f.write(b'abc\x00def'), f.seek(0), f.read(), f.seek(2), f.read(2), f.tell(), f.truncate(), f.seek(0, 2))
with open(p, 'rb', buffering=0) as f:
    print(type(f).__name__, f.mode, f.read(), f.closefd, f.read())
with open(p, 'ab') as f:
    print(f.write(b'+'), f.tell())
print(os.path.getsize(p))
x = os.path.join(d, 'new.txt')
with open(x, 'x') as f:
    f.write('created')
attempt(lambda: open(x, 'x'))
with open(x, 'rt', encoding='ascii') as f:
    print(repr(f.read()), f.encoding)

# newline handling on disk
with open(p, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(p, 'rb') as f:
    print(f.read())
with open(p, newline='') as f:
    print(f.readlines())
with open(p) as f:
    print(f.readlines(), repr(f.newlines))
with open(p, 'w', newline='') as f:
    f.write('1\r2\r\n3\n')
with open(p, newline='\r') as f:
    print(f.readlines())

# encodings and errors
with open(p, 'w', encoding='latin-1') as f:
    f.write('\u00e9t\u00e9')
with open(p, 'rb') as f:
    print(f.read())
attempt(lambda: open(p, encoding='utf-8').read())
with open(p, errors='replace') as f:
    print(repr(f.read()))
with open(p, errors='surrogateescape') as f:
    print(repr(f.read()))
with open(p, 'w', encoding='utf-16') as f:
    f.write('hi \u4e2d')
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='utf-16') as f:
    print(repr(f.read()))

# tell and seek in text mode
with open(p, 'w', encoding='utf-8') as f:
    f.write('\u00e9a\nb\u4e2d\nc\n')
with open(p, encoding='utf-8') as f:
    print(repr(f.readline()), f.tell(), repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.read()), f.seek(pos), repr(f.read()), f.seek(0, 2), f.read())

# descriptors and openers
fd = os.open(p, os.O_RDONLY)
with open(fd, 'rb') as f:
    print(f.name == fd, f.read(2))
attempt(lambda: os.fstat(fd))
fd = os.open(p, os.O_RDONLY)
f = open(fd, closefd=False)
f.close()
print(os.read(fd, 2))
os.close(fd)
with open(p, opener=lambda path, flags: os.open(path, flags)) as f:
    print(repr(f.readline()))

# mode and argument errors
for args in [('rw',), ('rr',), ('q',), ('bt',), ('',), ('+',), ('U',), ('rb', 1, 'utf-8')]:
    attempt(lambda: open(p, *args))
attempt(lambda: open(p, 'rb', errors='strict'))
attempt(lambda: open(p, 'rb', newline=''))
attempt(lambda: open(p, 'r', buffering=0))
attempt(lambda: open(p, 5))
attempt(lambda: open(3.5))
attempt(lambda: open(p, encoding=5))
attempt(lambda: open(p, newline='z'))
attempt(lambda: open(os.path.join(d, 'missing.txt')))
attempt(lambda: open(d))
attempt(lambda: open(d, 'w'))
attempt(lambda: open(os.path.join(d, 'no', 'such', 'file'), 'w'))
f = open(p, 'rb')
f.close()
for g in (f.read, f.tell, lambda: f.seek(0), f.readline, f.peek):
    attempt(g)
w = open(p, 'w')
attempt(w.read)
attempt(lambda: w.buffer.read())
w.close()
attempt(lambda: w.write('x'))
r = open(p)
attempt(lambda: r.write('x'))
r.close()
attempt(lambda: io.FileIO(p, 'rw'))
attempt(lambda: io.FileIO(-1))
attempt(lambda: io.FileIO(p, closefd=False))
fio = io.FileIO(p)
print(rel(repr(fio)), fio.mode, fio.readable(), fio.writable(), fio.seekable(), fio.isatty())
attempt(lambda: fio.write(b'x'))
fio.close()
print(repr(fio))
attempt(fio.read)
attempt(fio.fileno)

# a file dropped without close() has its data written anyway
open(p, 'w').write('unclosed')
print(open(p).read())
for n in sorted(os.listdir(d)):
    os.unlink(os.path.join(d, n))
os.rmdir(d)
print(os.path.exists(d))
