# tempfile and pathlib over _io and posix: temporary files and folders, Path I/O, iterdir, glob.
import os
import pathlib
import tempfile

with tempfile.TemporaryDirectory() as d:
    root = pathlib.Path(d)
    print(root.is_dir(), root.exists(), type(root).__name__)
    (root / 'a.txt').write_text('alpha\nbeta\n')
    (root / 'b.py').write_text('print(1)\n', encoding='utf-8')
    (root / 'bin.dat').write_bytes(b'\x00\x01\x02')
    sub = root / 'sub' / 'deeper'
    sub.mkdir(parents=True)
    (sub / 'c.txt').write_text('gamma')
    print((root / 'a.txt').read_text().splitlines(), (root / 'bin.dat').read_bytes())
    print(sorted(p.name for p in root.iterdir()))
    print(sorted(str(p.relative_to(root)) for p in root.glob('*.txt')))
    print(sorted(str(p.relative_to(root)) for p in root.rglob('*.txt')))
    print(sorted(str(p.relative_to(root)) for p in root.glob('**/*')))
    p = root / 'a.txt'
    print(p.name, p.suffix, p.stem, p.parent == root, p.stat().st_size, p.is_file())
    with p.open('a') as f:
        f.write('gamma\n')
    with p.open() as f:
        print([line.rstrip() for line in f])
    q = p.rename(root / 'renamed.txt')
    print(q.name, p.exists(), q.exists())
    q.unlink()
    print(sorted(p.name for p in root.iterdir()))
    try:
        (root / 'missing').read_text()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.strerror)
    print(pathlib.PurePosixPath('/x/y/z.tar.gz').suffixes, pathlib.PurePath('a', 'b', '../c').as_posix())

    # tempfile inside the folder
    fd, name = tempfile.mkstemp(suffix='.tmp', prefix='t_', dir=d)
    os.write(fd, b'raw bytes')
    os.close(fd)
    print(os.path.basename(name).startswith('t_'), name.endswith('.tmp'), open(name, 'rb').read())
    with tempfile.NamedTemporaryFile('w+', dir=d, suffix='.txt', delete=True) as nt:
        nt.write('named\n')
        nt.flush()
        nt.seek(0)
        print(nt.read(), os.path.exists(nt.name), os.path.dirname(nt.name) == d)
    print(os.path.exists(nt.name))
    with tempfile.TemporaryFile(dir=d) as tf:
        tf.write(b'anonymous')
        tf.seek(0)
        print(tf.read())
    with tempfile.SpooledTemporaryFile(max_size=10, mode='w+') as sp:
        sp.write('short')
        print(sp._rolled, end=' ')
        sp.write(' and then longer')
        sp.seek(0)
        print(sp._rolled, sp.read())
    inner = tempfile.mkdtemp(dir=d)
    print(os.path.isdir(inner), os.path.dirname(inner) == d)
print(os.path.exists(d))
print(tempfile.gettempdir() == tempfile.tempdir or tempfile.tempdir is None)
