# posix (the C part of os): files and folders in a private temporary folder, errors as CPython's
import posix, errno, stat

base = "/tmp/herthon-stdlib-posix-%d" % posix.getpid()
posix.mkdir(base)
try:
    path = base + "/a.txt"
    fd = posix.open(path, posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL, 0o644)
    print(posix.write(fd, b"hello, world\n"), posix.lseek(fd, 0, 1))
    posix.close(fd)
    st = posix.stat(path)
    print(stat.S_ISREG(st.st_mode), st.st_size, st[stat.ST_SIZE], oct(stat.S_IMODE(st.st_mode)))
    print(type(st).__name__, type(st).__module__, len(st), st.st_mtime_ns // 1000000000 == st[stat.ST_MTIME])
    fd = posix.open(path, posix.O_RDONLY)
    print(posix.read(fd, 5), posix.lseek(fd, -6, 2), posix.read(fd, 100))
    print(stat.S_ISREG(posix.fstat(fd).st_mode))
    posix.close(fd)
    try:
        posix.open(path, posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL)
    except FileExistsError as e:
        print("FileExistsError", e.errno == errno.EEXIST, e.strerror, e.filename == path)
    posix.mkdir(base + "/sub")
    posix.symlink("a.txt", base + "/link")
    print(posix.readlink(base + "/link"), stat.S_ISLNK(posix.lstat(base + "/link").st_mode))
    print(sorted(posix.listdir(base)), sorted(posix.listdir(base.encode()))[0])
    with posix.scandir(base) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path == base + "/" + e.name, e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_file(follow_symlinks=False), posix.fspath(e) == e.path)
    posix.rename(path, base + "/b.txt")
    print(sorted(posix.listdir(base)))
    for bad in [lambda: posix.rmdir(base + "/b.txt"), lambda: posix.unlink(base + "/sub"),
                lambda: posix.rmdir(base), lambda: posix.stat(base + "/nope"), lambda: posix.listdir(base + "/b.txt")]:
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, e.errno, errno.errorcode[e.errno], e.strerror, e.filename.replace(base, "BASE"))
    print(posix.access(base + "/b.txt", posix.R_OK), posix.access(base + "/nope", posix.F_OK))
    try:
        posix.close(9999)
    except OSError as e:
        print(repr(e))
    print(posix.strerror(errno.ENOENT), posix.fspath(b"x"), posix.WEXITSTATUS(256), posix.waitstatus_to_exitcode(512))
    try:
        posix.fspath(3)
    except TypeError as e:
        print(e)
finally:
    for n in ["link", "a.txt", "b.txt"]:
        try:
            posix.unlink(base + "/" + n)
        except OSError:
            pass
    posix.rmdir(base + "/sub")
    posix.rmdir(base)
print(b"PATH" in posix.environ, type(posix.getpid()).__name__, posix.getcwd() == posix.getcwdb().decode())
