package org.herthon.interpreter.modules.os;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.*;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.modules.JavaModule;
import org.herthon.interpreter.modules.thread.Gil;
import org.herthon.interpreter.runtime.*;

/**
 * {@code posix}: the operating-system calls {@code os} is built on, over java.nio. File
 * descriptors are this interpreter's own table (0, 1 and 2 are its standard streams); errors are
 * CPython's OSError subclasses with Linux's errno values and messages.
 */
public final class PosixModule implements JavaModule {
    @Override public String name() { return "posix"; }

    // open(2) flags of Linux
    static final int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0100, O_EXCL = 0200, O_NOCTTY = 0400, O_TRUNC = 01000,
            O_APPEND = 02000, O_NONBLOCK = 04000, O_DSYNC = 010000, O_DIRECTORY = 0200000, O_NOFOLLOW = 0400000,
            O_CLOEXEC = 02000000, O_SYNC = 04010000;

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("posix");
        PyDict d = m.dict;
        FdTable fds = in.builtinModules.shared(FdTable.class, FdTable::new);
        StructSeq statResult = new StructSeq("os", "stat_result", new String[]{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid",
                "st_gid", "st_size", "st_atime_int", "st_mtime_int", "st_ctime_int", "st_atime", "st_mtime", "st_ctime",
                "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"}, 10);
        // the integer seconds are items 7..9; their attribute names are the float ones
        fixStatNames(statResult.type);
        StructSeq terminalSize = new StructSeq("os", "terminal_size", new String[]{"columns", "lines"}, 2);
        StructSeq unameResult = new StructSeq("posix", "uname_result", new String[]{"sysname", "nodename", "release", "version", "machine"}, 5);
        StructSeq timesResult = new StructSeq("posix", "times_result", new String[]{"user", "system", "children_user", "children_system", "elapsed"}, 5);
        d.putStr("stat_result", statResult.type);
        d.putStr("terminal_size", terminalSize.type);
        d.putStr("uname_result", unameResult.type);
        d.putStr("times_result", timesResult.type);
        d.putStr("error", PyExc.OSError);

        String[] intConsts = {"F_OK", "0", "R_OK", "4", "W_OK", "2", "X_OK", "1", "O_RDONLY", "0", "O_WRONLY", "1", "O_RDWR", "2",
                "O_CREAT", "64", "O_EXCL", "128", "O_NOCTTY", "256", "O_TRUNC", "512", "O_APPEND", "1024", "O_NONBLOCK", "2048",
                "O_NDELAY", "2048", "O_DSYNC", "4096", "O_SYNC", "1052672", "O_RSYNC", "1052672", "O_DIRECTORY", "65536",
                "O_NOFOLLOW", "131072", "O_CLOEXEC", "524288", "O_ACCMODE", "3", "O_LARGEFILE", "0", "O_PATH", "2097152",
                "O_TMPFILE", "4259840", "SEEK_DATA", "3", "SEEK_HOLE", "4",
                "WNOHANG", "1", "WUNTRACED", "2", "WCONTINUED", "8", "EX_OK", "0", "EX_USAGE", "64", "EX_DATAERR", "65",
                "EX_NOINPUT", "66", "EX_SOFTWARE", "70", "EX_OSERR", "71", "EX_IOERR", "74", "EX_TEMPFAIL", "75",
                "EX_NOPERM", "77", "EX_CONFIG", "78", "NGROUPS_MAX", "65536", "TMP_MAX", "238328", "P_PID", "1", "P_PGID", "2",
                "P_ALL", "0", "RTLD_LAZY", "1", "RTLD_NOW", "2", "RTLD_GLOBAL", "256", "RTLD_LOCAL", "0"};
        for (int i = 0; i < intConsts.length; i += 2) d.putStr(intConsts[i], PyInt.of(Long.parseLong(intConsts[i + 1])));

        // environ: bytes to bytes, as CPython's posix.environ
        PyDict environ = new PyDict();
        for (Map.Entry<String, String> e : new TreeMap<>(System.getenv()).entrySet()) {
            environ.put(bytes(e.getKey()), bytes(e.getValue()));
        }
        d.putStr("environ", environ);

        fn(d, "stat", (a, k) -> {
            PyObject[] p = Args.bind("stat", a, k, new String[]{"path", "dir_fd", "follow_symlinks"}, 1, 1);
            boolean follow = p[2] == null || Ops.isTrue(p[2]);
            if (isInt(p[0])) return fstat(fds, statResult, (int) Ops.index(p[0]));
            return stat(in, statResult, p[0], follow);
        });
        fn(d, "lstat", (a, k) -> {
            PyObject[] p = Args.bind("lstat", a, k, new String[]{"path", "dir_fd"}, 1, 1);
            return stat(in, statResult, p[0], false);
        });
        d.putStr("fstat", func("fstat", fd -> fstat(fds, statResult, fdOf(fd))));
        fn(d, "listdir", (a, k) -> {
            PyObject[] p = Args.bind("listdir", a, k, new String[]{"path"}, 0, 1);
            PyObject arg = p[0] == null || p[0] == PyNone.INSTANCE ? PyStr.of(".") : p[0];
            boolean asBytes = fspath(arg) instanceof PyBytes;
            Path dir = path(in, arg, "listdir");
            PyList out = new PyList();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path c : ds) {
                    String n = c.getFileName().toString();
                    out.append(asBytes ? bytes(n) : PyStr.of(n));
                }
            } catch (IOException | RuntimeException e) {
                throw osError(e, pathText(arg));
            }
            return out;
        });
        fn(d, "scandir", (a, k) -> {
            PyObject[] p = Args.bind("scandir", a, k, new String[]{"path"}, 0, 1);
            PyObject arg = p[0] == null || p[0] == PyNone.INSTANCE ? PyStr.of(".") : p[0];
            return DirEntries.scandir(in, this, statResult, arg);
        });
        d.putStr("getcwd", PyBuiltinFunction.of0("getcwd", () -> PyStr.of(in.cwd.toString())));
        d.putStr("chdir", func("chdir", p -> {
            if (isInt(p)) throw errno(9, null);
            Path t = path(in, p, "chdir");
            if (!Files.exists(t)) throw errno(2, pathText(p));
            if (!Files.isDirectory(t)) throw errno(20, pathText(p));
            if (!Files.isExecutable(t)) throw errno(13, pathText(p));
            in.cwd = t.toAbsolutePath().normalize();
            return PyNone.INSTANCE;
        }));
        d.putStr("getcwdb", PyBuiltinFunction.of0("getcwdb", () -> bytes(in.cwd.toString())));
        fn(d, "mkdir", (a, k) -> {
            PyObject[] p = Args.bind("mkdir", a, k, new String[]{"path", "mode", "dir_fd"}, 1, 2);
            Path t = path(in, p[0], "mkdir");
            try {
                Files.createDirectory(t);
                if (p[1] != null) setMode(t, (int) (Ops.index(p[1]) & ~umask(in)));
            } catch (IOException | RuntimeException e) {
                throw osError(e, pathText(p[0]));
            }
            return PyNone.INSTANCE;
        });
        fn(d, "rmdir", (a, k) -> {
            PyObject[] p = Args.bind("rmdir", a, k, new String[]{"path", "dir_fd"}, 1, 1);
            Path t = path(in, p[0], "rmdir");
            try {
                if (!Files.isDirectory(t, LinkOption.NOFOLLOW_LINKS)) {
                    if (Files.exists(t, LinkOption.NOFOLLOW_LINKS)) throw errno(20, pathText(p[0]));
                    throw errno(2, pathText(p[0]));
                }
                Files.delete(t);
            } catch (IOException | RuntimeException e) {
                throw osError(e, pathText(p[0]));
            }
            return PyNone.INSTANCE;
        });
        PyBuiltinFunction.Impl unlink = (a, k) -> {
            PyObject[] p = Args.bind("remove", a, k, new String[]{"path", "dir_fd"}, 1, 1);
            Path t = path(in, p[0], "remove");
            try {
                if (Files.isDirectory(t, LinkOption.NOFOLLOW_LINKS)) throw errno(21, pathText(p[0]));
                Files.delete(t);
            } catch (IOException | RuntimeException e) {
                throw osError(e, pathText(p[0]));
            }
            return PyNone.INSTANCE;
        };
        fn(d, "unlink", unlink);
        fn(d, "remove", unlink);
        PyBuiltinFunction.Impl rename = (a, k) -> {
            PyObject[] p = Args.bind("rename", a, k, new String[]{"src", "dst", "src_dir_fd", "dst_dir_fd"}, 2, 2);
            Path s = path(in, p[0], "rename"), t = path(in, p[1], "rename");
            try {
                if (Files.isDirectory(t, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(s, LinkOption.NOFOLLOW_LINKS)) {
                    throw errno(21, pathText(p[0]), pathText(p[1]));
                }
                Files.move(s, t, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                throw osError(e, pathText(p[0]), pathText(p[1]));
            }
            return PyNone.INSTANCE;
        };
        fn(d, "rename", rename);
        fn(d, "replace", rename);
        fn(d, "access", (a, k) -> {
            PyObject[] p = Args.bind("access", a, k, new String[]{"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2, 2);
            Path t = path(in, p[0], "access");
            long mode = Ops.index(p[1]);
            if (!Files.exists(t)) return PyBool.FALSE;
            boolean ok = ((mode & 4) == 0 || Files.isReadable(t)) && ((mode & 2) == 0 || Files.isWritable(t))
                    && ((mode & 1) == 0 || Files.isExecutable(t));
            return PyBool.of(ok);
        });
        fn(d, "chmod", (a, k) -> {
            PyObject[] p = Args.bind("chmod", a, k, new String[]{"path", "mode", "dir_fd", "follow_symlinks"}, 2, 2);
            Path t = path(in, p[0], "chmod");
            try {
                setMode(t, (int) Ops.index(p[1]));
            } catch (IOException | RuntimeException e) {
                throw osError(e, pathText(p[0]));
            }
            return PyNone.INSTANCE;
        });
        fn(d, "utime", (a, k) -> {
            PyObject[] p = Args.bind("utime", a, k, new String[]{"path", "times", "ns", "dir_fd", "follow_symlinks"}, 1, 2);
            Path t = path(in, p[0], "utime");
            try {
                FileTime at, mt;
                if (p[2] != null && p[2] != PyNone.INSTANCE) {
                    PyObject[] ns = Ops.toArray(p[2]);
                    at = FileTime.from(java.time.Instant.EPOCH.plusNanos(Ops.index(ns[0])));
                    mt = FileTime.from(java.time.Instant.EPOCH.plusNanos(Ops.index(ns[1])));
                } else if (p[1] != null && p[1] != PyNone.INSTANCE) {
                    PyObject[] ts = Ops.toArray(p[1]);
                    if (ts.length != 2) throw Err.typeError("utime: 'times' must be either a tuple of two ints or None");
                    at = FileTime.from(java.time.Instant.EPOCH.plusNanos((long) (Arith.toDouble(ts[0]) * 1e9)));
                    mt = FileTime.from(java.time.Instant.EPOCH.plusNanos((long) (Arith.toDouble(ts[1]) * 1e9)));
                } else {
                    at = mt = FileTime.from(java.time.Instant.now());
                }
                Files.getFileAttributeView(t, java.nio.file.attribute.BasicFileAttributeView.class).setTimes(mt, at, null);
            } catch (IOException e) {
                throw osError(e, pathText(p[0]));
            }
            return PyNone.INSTANCE;
        });
        d.putStr("readlink", func("readlink", pa -> {
            Path t = path(in, pa, "readlink");
            try {
                String r = Files.readSymbolicLink(t).toString();
                return fspath(pa) instanceof PyBytes ? bytes(r) : PyStr.of(r);
            } catch (NotLinkException e) {
                throw errno(22, pathText(pa));
            } catch (IOException | RuntimeException e) {
                throw osError(e, pathText(pa));
            }
        }));
        fn(d, "symlink", (a, k) -> {
            PyObject[] p = Args.bind("symlink", a, k, new String[]{"src", "dst", "target_is_directory", "dir_fd"}, 2, 3);
            try {
                Files.createSymbolicLink(path(in, p[1], "symlink"), Path.of(pathText(p[0])));
            } catch (IOException | RuntimeException e) {
                throw osError(e, pathText(p[0]), pathText(p[1]));
            }
            return PyNone.INSTANCE;
        });
        fn(d, "link", (a, k) -> {
            PyObject[] p = Args.bind("link", a, k, new String[]{"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"}, 2, 2);
            try {
                Files.createLink(path(in, p[1], "link"), path(in, p[0], "link"));
            } catch (IOException | RuntimeException e) {
                throw osError(e, pathText(p[0]), pathText(p[1]));
            }
            return PyNone.INSTANCE;
        });

        // ---- descriptors
        fn(d, "open", (a, k) -> {
            PyObject[] p = Args.bind("open", a, k, new String[]{"path", "flags", "mode", "dir_fd"}, 2, 3);
            int flags = (int) Ops.index(p[1]);
            int mode = p[2] == null ? 0777 : (int) Ops.index(p[2]);
            Path t = path(in, p[0], "open");
            Set<OpenOption> opts = new HashSet<>();
            int acc = flags & 3;
            if (acc == O_RDONLY || acc == O_RDWR) opts.add(StandardOpenOption.READ);
            if (acc == O_WRONLY || acc == O_RDWR) opts.add(StandardOpenOption.WRITE);
            if ((flags & O_APPEND) != 0) opts.add(StandardOpenOption.APPEND);
            if ((flags & O_CREAT) != 0) opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            if ((flags & O_TRUNC) != 0 && acc != O_RDONLY) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
            if ((flags & O_NOFOLLOW) != 0) opts.add(LinkOption.NOFOLLOW_LINKS);
            try {
                if (Files.isDirectory(t)) {
                    if (acc != O_RDONLY) throw errno(21, pathText(p[0]));
                }
                boolean existed = Files.exists(t);
                if (acc == O_RDONLY && (flags & O_CREAT) != 0) {
                    // java.nio ignores CREATE without WRITE; open(2) creates the file all the same
                    if ((flags & O_EXCL) != 0 || !existed) Files.createFile(t);
                    opts.remove(StandardOpenOption.CREATE);
                    opts.remove(StandardOpenOption.CREATE_NEW);
                }
                FileChannel ch = FileChannel.open(t, opts);
                if (!existed && (flags & O_CREAT) != 0) {
                    try {
                        setMode(t, (int) (mode & ~umask(in)));
                    } catch (IOException | UnsupportedOperationException e) {
                        // a file system without POSIX modes
                    }
                }
                return PyInt.of(fds.add(ch, t.toString()));
            } catch (IOException | RuntimeException e) {
                throw osError(e, pathText(p[0]));
            }
        });
        d.putStr("close", func("close", fdo -> {
            int fd = fdOf(fdo);
            try {
                if (!fds.close(fd)) {
                    if (fd >= 0 && fd <= 2) return PyNone.INSTANCE;
                    throw errno(9, null);
                }
            } catch (IOException e) {
                throw osError(e, null);
            }
            return PyNone.INSTANCE;
        }));
        d.putStr("closerange", PyBuiltinFunction.of2("closerange", (lo, hi) -> {
            for (long fd = Ops.index(lo); fd < Ops.index(hi); fd++) {
                try { fds.close((int) fd); } catch (IOException e) { /* ignored, as CPython */ }
            }
            return PyNone.INSTANCE;
        }));
        d.putStr("read", PyBuiltinFunction.of2("read", (fdo, n) -> {
            int fd = fdOf(fdo);
            long len = Ops.index(n);
            if (len < 0) throw errno(22, null);
            if (fd == 0) {
                try {
                    byte[] b = System.in.readNBytes((int) Math.min(len, 1 << 20));
                    return new PyBytes(b);
                } catch (IOException e) {
                    throw osError(e, null);
                }
            }
            FileChannel ch = channel(fds, fd);
            try {
                ByteBuffer buf = ByteBuffer.allocate((int) Math.min(len, Integer.MAX_VALUE - 16));
                int r = fds.isPipe(fd) ? readPipe(in, fds, fd, buf) : ch.read(buf);
                if (r <= 0) return new PyBytes(new byte[0]);
                return new PyBytes(Arrays.copyOf(buf.array(), r));
            } catch (IOException e) {
                throw osError(e, null);
            }
        }));
        d.putStr("write", PyBuiltinFunction.of2("write", (fdo, data) -> {
            int fd = fdOf(fdo);
            byte[] b = bufferBytes(data);
            if (fd == 1 || fd == 2) {
                (fd == 1 ? in.stdout : in.stderr).flush();
                java.io.PrintStream s = fd == 1 ? in.rawOut : in.rawErr;
                s.write(b, 0, b.length);
                s.flush();
                return PyInt.of(b.length);
            }
            FileChannel ch = channel(fds, fd);
            try {
                return PyInt.of(ch.write(ByteBuffer.wrap(b)));
            } catch (java.nio.channels.NonWritableChannelException e) {
                throw errno(9, null);
            } catch (IOException e) {
                throw osError(e, null);
            }
        }));
        d.putStr("lseek", func3("lseek", (fdo, pos, how) -> {
            if (fds.isPipe(fdOf(fdo))) throw errno(29, null);
            FileChannel ch = channel(fds, fdOf(fdo));
            try {
                long p = Ops.index(pos);
                int w = (int) Ops.index(how);
                long base = w == 0 ? 0 : w == 1 ? ch.position() : w == 2 ? ch.size() : -1;
                if (base < 0 || base + p < 0) throw errno(22, null);
                ch.position(base + p);
                return PyInt.of(base + p);
            } catch (IOException e) {
                throw osError(e, null);
            }
        }));
        d.putStr("ftruncate", PyBuiltinFunction.of2("ftruncate", (fdo, len) -> {
            FileChannel ch = channel(fds, fdOf(fdo));
            try {
                long n = Ops.index(len);
                if (n < ch.size()) ch.truncate(n);
                else if (n > ch.size()) ch.write(ByteBuffer.allocate(1), n - 1);
            } catch (IOException e) {
                throw osError(e, null);
            }
            return PyNone.INSTANCE;
        }));
        d.putStr("fsync", func("fsync", fdo -> {
            try {
                channel(fds, fdOf(fdo)).force(true);
            } catch (IOException e) {
                throw osError(e, null);
            }
            return PyNone.INSTANCE;
        }));
        d.putStr("isatty", func("isatty", fdo -> PyBool.of(fdOf(fdo) <= 2 && System.console() != null)));
        d.putStr("get_inheritable", func("get_inheritable", fdo -> PyBool.FALSE));
        d.putStr("set_inheritable", PyBuiltinFunction.of2("set_inheritable", (f, v) -> PyNone.INSTANCE));
        d.putStr("get_blocking", func("get_blocking", fdo -> PyBool.TRUE));
        d.putStr("set_blocking", PyBuiltinFunction.of2("set_blocking", (f, v) -> PyNone.INSTANCE));
        d.putStr("device_encoding", func("device_encoding", fdo -> fdOf(fdo) <= 2 && System.console() != null ? PyStr.of("utf-8") : PyNone.INSTANCE));

        // ---- process
        d.putStr("getpid", PyBuiltinFunction.of0("getpid", () -> PyInt.of(ProcessHandle.current().pid())));
        d.putStr("getppid", PyBuiltinFunction.of0("getppid", () -> PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L))));
        long[] ids = ids();
        d.putStr("getuid", PyBuiltinFunction.of0("getuid", () -> PyInt.of(ids[0])));
        d.putStr("geteuid", PyBuiltinFunction.of0("geteuid", () -> PyInt.of(ids[0])));
        d.putStr("getgid", PyBuiltinFunction.of0("getgid", () -> PyInt.of(ids[1])));
        d.putStr("getegid", PyBuiltinFunction.of0("getegid", () -> PyInt.of(ids[1])));
        d.putStr("getlogin", PyBuiltinFunction.of0("getlogin", () -> PyStr.of(System.getProperty("user.name", ""))));
        d.putStr("_exit", func("_exit", code -> {
            in.rawOut.flush();
            in.rawErr.flush();
            Runtime.getRuntime().halt((int) Ops.index(code));
            return PyNone.INSTANCE;
        }));
        d.putStr("umask", func("umask", mask -> {
            PyObject old = m.dict.getStr("_umask");
            m.dict.putStr("_umask", PyInt.of(Ops.index(mask) & 0777));
            return old == null ? PyInt.of(022) : old;
        }));
        d.putStr("urandom", func("urandom", n -> {
            long len = Ops.index(n);
            if (len < 0) throw Err.valueError("negative argument not allowed");
            byte[] b = new byte[(int) len];
            new SecureRandom().nextBytes(b);
            return new PyBytes(b);
        }));
        d.putStr("strerror", func("strerror", code -> PyStr.of(ErrnoModule.strerror((int) Ops.index(code)))));
        d.putStr("fspath", func("fspath", PosixModule::fspath));
        fn(d, "get_terminal_size", (a, k) -> {
            int cols = 80, lines = 24;
            String c = System.getenv("COLUMNS"), l = System.getenv("LINES");
            try { if (c != null) cols = Integer.parseInt(c); } catch (NumberFormatException e) { /* keep */ }
            try { if (l != null) lines = Integer.parseInt(l); } catch (NumberFormatException e) { /* keep */ }
            if (System.console() == null && c == null) throw errno(25, null);
            return terminalSize.make(PyInt.of(cols), PyInt.of(lines));
        });
        d.putStr("uname", PyBuiltinFunction.of0("uname", () -> {
            String host;
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "localhost";
            }
            String arch = System.getProperty("os.arch", "");
            if (arch.equals("amd64")) arch = "x86_64";
            if (arch.equals("aarch64")) arch = "aarch64";
            return unameResult.make(PyStr.of(System.getProperty("os.name", "Linux")), PyStr.of(host),
                    PyStr.of(System.getProperty("os.version", "")), PyStr.of(""), PyStr.of(arch));
        }));
        d.putStr("times", PyBuiltinFunction.of0("times", () -> {
            java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            double cpu = 0;
            if (os instanceof com.sun.management.OperatingSystemMXBean) cpu = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() / 1e9;
            double up = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
            return timesResult.make(new PyFloat(cpu), new PyFloat(0.0), new PyFloat(0.0), new PyFloat(0.0), new PyFloat(up));
        }));
        d.putStr("cpu_count", PyBuiltinFunction.of0("cpu_count", () -> PyInt.of(Runtime.getRuntime().availableProcessors())));
        ChildEnvironment childEnv = in.builtinModules.shared(ChildEnvironment.class, ChildEnvironment::new);
        d.putStr("putenv", PyBuiltinFunction.of2("putenv", (key, value) -> {
            String name = envName(key), text = fsText(value);
            in.audit("os.putenv", bytes(name), bytes(text));
            childEnv.put(name, text);
            return PyNone.INSTANCE;
        }));
        d.putStr("unsetenv", func("unsetenv", key -> {
            String name = envName(key);
            in.audit("os.unsetenv", bytes(name));
            childEnv.unset(name);
            return PyNone.INSTANCE;
        }));
        d.putStr("system", func("system", command -> {
            String cmd = fsText(command);
            in.audit("os.system", bytes(cmd));
            ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", cmd).inheritIO().directory(in.cwd.toFile());
            childEnv.applyTo(pb.environment());
            return PyInt.of(Gil.blocking(in, () -> {
                try {
                    // the wait status of a shell that exited (a signal that kills a command shows in its exit code)
                    return (pb.start().waitFor() & 0xff) << 8;
                } catch (IOException e) {
                    return -1;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
            }));
        }));
        d.putStr("kill", PyBuiltinFunction.of2("kill", (pido, sigo) -> {
            long pid = Ops.index(pido);
            int sig = (int) Ops.index(sigo);
            in.audit("os.kill", PyInt.of(pid), PyInt.of(sig));
            int err = Gil.blocking(in, () -> Kill.send(pid, sig));
            if (err != 0) throw errno(err, null);
            in.builtinModules.shared(PosixsubprocessModule.Children.class, PosixsubprocessModule.Children::new).signalled(pid, sig);
            return PyNone.INSTANCE;
        }));
        d.putStr("pipe", PyBuiltinFunction.of0("pipe", () -> {
            try {
                int[] ends = Fifos.pipe(fds);
                return new PyTuple(PyInt.of(ends[0]), PyInt.of(ends[1]));
            } catch (IOException e) {
                throw osError(e, null);
            }
        }));
        // os.waitpid for the children _posixsubprocess.fork_exec started (the JVM knows no others);
        // a child killed by a signal is seen as the JVM reports it, exit status 128 + signal
        d.putStr("waitpid", PyBuiltinFunction.of2("waitpid", (pido, opto) -> {
            long pid = Ops.index(pido);
            long options = Ops.index(opto);
            PosixsubprocessModule.Children children = in.builtinModules.shared(PosixsubprocessModule.Children.class, PosixsubprocessModule.Children::new);
            Process p = pid == -1 ? children.any() : pid > 0 ? children.get(pid) : null;
            if (p == null) throw errno(10, null);
            if ((options & 1) != 0 && p.isAlive()) return new PyTuple(PyInt.ZERO, PyInt.ZERO);
            int code;
            while (true) {
                try {
                    code = p.waitFor();
                    break;
                } catch (InterruptedException e) {
                    throw errno(4, null);
                }
            }
            int status = children.waitStatus(p.pid(), code);
            children.remove(p.pid());
            return new PyTuple(PyInt.of(p.pid()), PyInt.of(status));
        }));
        // wait statuses (Linux's encoding)
        d.putStr("WIFEXITED", func("WIFEXITED", s -> PyBool.of((Ops.index(s) & 0x7f) == 0)));
        d.putStr("WEXITSTATUS", func("WEXITSTATUS", s -> PyInt.of((Ops.index(s) >> 8) & 0xff)));
        d.putStr("WIFSIGNALED", func("WIFSIGNALED", s -> PyBool.of(((Ops.index(s) & 0x7f) + 1) >> 1 > 0 && (Ops.index(s) & 0x7f) != 0x7f && (Ops.index(s) & 0x7f) != 0)));
        d.putStr("WTERMSIG", func("WTERMSIG", s -> PyInt.of(Ops.index(s) & 0x7f)));
        d.putStr("WIFSTOPPED", func("WIFSTOPPED", s -> PyBool.of((Ops.index(s) & 0xff) == 0x7f)));
        d.putStr("WSTOPSIG", func("WSTOPSIG", s -> PyInt.of((Ops.index(s) >> 8) & 0xff)));
        d.putStr("WCOREDUMP", func("WCOREDUMP", s -> PyBool.of((Ops.index(s) & 0x80) != 0)));
        d.putStr("WIFCONTINUED", func("WIFCONTINUED", s -> PyBool.of(Ops.index(s) == 0xffff)));
        d.putStr("waitstatus_to_exitcode", func("waitstatus_to_exitcode", s -> {
            long st = Ops.index(s);
            if ((st & 0x7f) == 0) return PyInt.of((st >> 8) & 0xff);
            if ((st & 0xff) != 0x7f) return PyInt.of(-(st & 0x7f));
            throw Err.valueError("invalid wait status: " + st);
        }));

        PyList have = new PyList();
        for (String h : new String[]{"HAVE_FSTATAT", "HAVE_FCHMOD", "HAVE_FTRUNCATE", "HAVE_LSTAT", "HAVE_UTIMENSAT"}) have.append(PyStr.of(h));
        d.putStr("_have_functions", have);
        return m;
    }

    // ---- helpers -----------------------------------------------------------------------------
    private static void fixStatNames(PyType t) {
        // items 7..9 are integer seconds, reached by index only; st_atime etc. are floats (attributes)
        for (String n : new String[]{"st_atime_int", "st_mtime_int", "st_ctime_int"}) t.dict.delStr(n);
        t.invalidate();
    }

    static PyObject statOf(StructSeq type, Map<String, Object> a) {
        long ino = num(a.get("ino")), dev = num(a.get("dev")), nlink = num(a.get("nlink")), uid = num(a.get("uid")), gid = num(a.get("gid"));
        long size = num(a.get("size")), mode = num(a.get("mode")), rdev = num(a.get("rdev"));
        long[] ns = new long[3];
        String[] tn = {"lastAccessTime", "lastModifiedTime", "ctime"};
        for (int i = 0; i < 3; i++) {
            Object o = a.get(tn[i]);
            if (o == null) o = a.get("lastModifiedTime");
            java.time.Instant t = ((FileTime) o).toInstant();
            ns[i] = t.getEpochSecond() * 1_000_000_000L + t.getNano();
        }
        PyObject[] v = new PyObject[19];
        v[0] = PyInt.of(mode);
        v[1] = PyInt.of(ino);
        v[2] = PyInt.of(dev);
        v[3] = PyInt.of(nlink);
        v[4] = PyInt.of(uid);
        v[5] = PyInt.of(gid);
        v[6] = PyInt.of(size);
        for (int i = 0; i < 3; i++) {
            v[7 + i] = PyInt.of(Math.floorDiv(ns[i], 1_000_000_000L));
            v[10 + i] = new PyFloat(ns[i] / 1e9);
            v[13 + i] = PyInt.of(ns[i]);
        }
        v[16] = PyInt.of(4096);
        v[17] = PyInt.of((size + 511) / 512);
        v[18] = PyInt.of(rdev);
        return type.make(v);
    }

    private static long num(Object o) {
        return o instanceof Number ? ((Number) o).longValue() : 0;
    }

    static PyObject stat(Interpreter in, StructSeq type, PyObject p, boolean follow) {
        Path t = path(in, p, "stat");
        try {
            Map<String, Object> a = follow ? Files.readAttributes(t, "unix:*") : Files.readAttributes(t, "unix:*", LinkOption.NOFOLLOW_LINKS);
            return statOf(type, a);
        } catch (IOException | RuntimeException e) {
            throw osError(e, pathText(p));
        }
    }

    private static PyObject fstat(FdTable fds, StructSeq type, int fd) {
        String p = fds.path(fd);
        if (p == null) {
            if (fd >= 0 && fd <= 2) {
                // a character device, as a terminal or pipe looks to fstat
                Map<String, Object> a = new HashMap<>();
                a.put("mode", 020620);
                a.put("lastModifiedTime", FileTime.fromMillis(System.currentTimeMillis()));
                return statOf(type, a);
            }
            throw errno(9, null);
        }
        try {
            return statOf(type, Files.readAttributes(Path.of(p), "unix:*"));
        } catch (IOException e) {
            throw osError(e, null);
        }
    }

    /** A read that may wait for a writer: other threads run meanwhile, as CPython lets go of its lock. */
    public static int readPipe(Interpreter in, FdTable fds, int fd, ByteBuffer buf) throws IOException {
        PipeSource ahead = fds.startedSource(fd);
        FileChannel ch = fds.get(fd);
        if (ch == null) throw errno(9, null);
        IOException[] failed = new IOException[1];
        int r = Gil.blocking(in, () -> {
            try {
                return ahead != null ? ahead.read(buf) : ch.read(buf);
            } catch (IOException e) {
                failed[0] = e;
                return -1;
            }
        });
        if (failed[0] != null) throw failed[0];
        return r;
    }

    private static FileChannel channel(FdTable fds, int fd) {
        FileChannel ch = fds.get(fd);
        if (ch == null) throw errno(9, null);
        return ch;
    }

    private static boolean isInt(PyObject o) {
        return Arith.isInt(o);
    }

    private static int fdOf(PyObject o) {
        if (!Arith.isInt(o)) throw Err.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        return (int) Ops.index(o);
    }

    private static long umask(Interpreter in) {
        return 022;
    }

    private static void setMode(Path t, int mode) throws IOException {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int i = 0; i < 9; i++) if ((mode & (1 << i)) != 0) s.add(order[i]);
        Files.setPosixFilePermissions(t, s);
    }

    private static long[] ids() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            Object gid = Files.getAttribute(Path.of("/proc/self"), "unix:gid");
            return new long[]{num(uid), num(gid)};
        } catch (IOException | RuntimeException e) {
            return new long[]{0, 0};
        }
    }

    /** PyUnicode_FSConverter's text: str, bytes or os.PathLike, no NUL. */
    private static String fsText(PyObject o) {
        String s = pathText(o);
        if (s.indexOf('\0') >= 0) throw Err.valueError("embedded null byte");
        return s;
    }

    /** An environment variable's name for putenv/unsetenv: not empty, no '='. */
    private static String envName(PyObject o) {
        String s = fsText(o);
        if (s.isEmpty() || s.indexOf('=') >= 0) throw Err.valueError("illegal environment variable name");
        return s;
    }

    static PyBytes bytes(String s) {
        return new PyBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bufferBytes(PyObject o) {
        if (o instanceof PyBytes) return ((PyBytes) o).data;
        PyObject b = PyType.BYTES.call(new PyObject[]{o}, null);
        if (b instanceof PyBytes) return ((PyBytes) b).data;
        throw Err.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    /** os.fspath: str and bytes as they are, else __fspath__. */
    public static PyObject fspath(PyObject o) {
        if (o instanceof PyStr || o instanceof PyBytes) return o;
        PyObject f = o.type().lookup("__fspath__");
        if (f == null) {
            throw Err.typeError("expected str, bytes or os.PathLike object, not " + o.type().name);
        }
        PyObject r = Ops.getAttr(o, "__fspath__").call(PyObject.EMPTY, null);
        if (r instanceof PyStr || r instanceof PyBytes) return r;
        throw Err.typeError("expected " + o.type().name + ".__fspath__() to return str or bytes, not " + r.type().name);
    }

    static String pathText(PyObject o) {
        if (o == null) return null;
        PyObject p = fspath(o);
        return p instanceof PyStr ? ((PyStr) p).value : new String(((PyBytes) p).data, StandardCharsets.UTF_8);
    }

    static Path path(Interpreter in, PyObject o, String fname) {
        PyObject p;
        try {
            p = fspath(o);
        } catch (PyException e) {
            throw Err.typeError(fname + ": path should be string, bytes or os.PathLike, not " + o.type().name);
        }
        String s = pathText(p);
        if (s.indexOf('\0') >= 0) throw Err.valueError(fname + ": embedded null character in path");
        if (s.isEmpty()) throw errno(2, s);
        return resolve(in.cwd, s);
    }

    /**
     * A path as the JVM's file system takes it. The JVM encodes file names in the locale's
     * charset (sun.jnu.encoding); under a non-UTF-8 locale that the launcher could not coerce to
     * C.UTF-8 (as CPython's PEP 538 does), or in a JVM embedding Herthon, a name it cannot encode
     * is the UnicodeEncodeError CPython gives for a file system encoding that cannot encode it.
     */
    public static Path resolve(Path base, String s) {
        try {
            return base.resolve(s);
        } catch (java.nio.file.InvalidPathException e) {
            String charset = System.getProperty("sun.jnu.encoding", "ascii");
            java.nio.charset.CharsetEncoder encoder;
            try {
                encoder = java.nio.charset.Charset.forName(charset).newEncoder();
            } catch (RuntimeException unknown) {
                encoder = StandardCharsets.US_ASCII.newEncoder();
            }
            int at = 0;
            while (at < s.length() && encoder.canEncode(s.charAt(at))) at++;
            if (at == s.length()) at = Math.max(0, e.getIndex());
            throw org.herthon.interpreter.runtime.codec.Codecs.encodeError(charset, s, at, Math.min(s.length(), at + 1),
                    "the JVM's file system encoding cannot encode it (start Herthon in a UTF-8 locale)");
        }
    }

    public static PyException errno(int code, String filename) {
        return errno(code, filename, null);
    }

    static PyException errno(int code, String filename, String filename2) {
        PyType sub = Slots.osErrorSubclass(code);
        PyType t = sub == null ? PyExc.OSError : sub;
        String msg = ErrnoModule.strerror(code);
        if (filename == null) return Err.make(t, PyInt.of(code), PyStr.of(msg));
        if (filename2 == null) return Err.make(t, PyInt.of(code), PyStr.of(msg), PyStr.of(filename));
        return Err.make(t, PyInt.of(code), PyStr.of(msg), PyStr.of(filename), PyInt.ZERO, PyStr.of(filename2));
    }

    public static PyException osError(Exception e, String filename) {
        return osError(e, filename, null);
    }

    /** A Java I/O failure as the OSError CPython raises for the same errno. */
    static PyException osError(Exception e, String filename, String filename2) {
        if (e instanceof PyException) return (PyException) e;
        int code;
        if (e instanceof NoSuchFileException) code = 2;
        else if (e instanceof FileAlreadyExistsException) code = 17;
        else if (e instanceof AccessDeniedException) code = 13;
        else if (e instanceof DirectoryNotEmptyException) code = 39;
        else if (e instanceof NotDirectoryException) code = 20;
        else if (e instanceof NotLinkException) code = 22;
        else if (e instanceof FileSystemLoopException) code = 40;
        else if (e instanceof InvalidPathException) code = 2;
        else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            String r = ((FileSystemException) e).getReason();
            code = r.contains("Not a directory") ? 20 : r.contains("Is a directory") ? 21 : r.contains("Directory not empty") ? 39
                    : r.contains("Permission denied") ? 13 : r.contains("File exists") ? 17 : r.contains("Invalid cross-device") ? 18 : 5;
        } else if (e instanceof UnsupportedOperationException) code = 95;
        else code = 5;
        return errno(code, filename, filename2);
    }

    private static void fn(PyDict d, String name, PyBuiltinFunction.Impl impl) {
        PyBuiltinFunction f = PyBuiltinFunction.of(name, impl);
        f.module = PyStr.of("posix");
        d.putStr(name, f);
    }

    private static PyBuiltinFunction func(String name, PyBuiltinFunction.Impl1 impl) {
        PyBuiltinFunction f = PyBuiltinFunction.of1(name, impl);
        f.module = PyStr.of("posix");
        return f;
    }

    private interface Impl3 { PyObject call(PyObject a, PyObject b, PyObject c); }

    private static PyBuiltinFunction func3(String name, Impl3 impl) {
        PyBuiltinFunction f = PyBuiltinFunction.of(name, (a, k) -> {
            Args.noKw(name, k);
            if (a.length != 3) throw Err.typeError(name + " expected 3 arguments, got " + a.length);
            return impl.call(a[0], a[1], a[2]);
        });
        f.module = PyStr.of("posix");
        return f;
    }
}
