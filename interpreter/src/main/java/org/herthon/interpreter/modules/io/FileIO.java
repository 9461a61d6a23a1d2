package org.herthon.interpreter.modules.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.FutureTask;

import org.herthon.interpreter.modules.Buffers;
import org.herthon.interpreter.modules.os.PosixModule;
import org.herthon.interpreter.runtime.*;
import org.herthon.interpreter.signals.Signals;

/** _io.FileIO: raw binary I/O on a descriptor of the posix module's table (0, 1, 2: the interpreter's streams). */
final class FileIO extends IoObject {
    int fd = -1;
    boolean readable, writable, appending, created, closefd = true;
    /** The channel behind fd (null for 0..2). */
    FileChannel ch;
    private FutureTask<byte[]> stdinRead;
    private int stdinWant;

    FileIO(IoState st, PyType cls) {
        super(st, cls);
    }

    void initStd(int fd, String name) {
        this.fd = fd;
        this.readable = fd == 0;
        this.writable = fd != 0;
        this.closefd = false;
        dict.putStr("name", PyStr.of(name));
    }

    String modeString() {
        if (created) return readable ? "xb+" : "xb";
        if (appending) return readable ? "ab+" : "ab";
        if (readable) return writable ? "rb+" : "rb";
        return "wb";
    }

    private void checkOpen() {
        if (fd < 0) throw Err.valueError("I/O operation on closed file");
    }

    private void checkReadable() {
        checkOpen();
        if (!readable) throw st.unsupported("File not open for reading");
    }

    private void checkWritable() {
        checkOpen();
        if (!writable) throw st.unsupported("File not open for writing");
    }

    private FileChannel channel() {
        if (ch != null) return ch;
        if (fd > 2) {
            ch = st.fds().get(fd);
            if (ch == null) throw PosixModule.errno(9, null);
        }
        return ch;
    }

    // ---- __init__ ---------------------------------------------------------------------------
    void init(PyObject file, String mode, boolean closefd, PyObject opener) {
        if (fd >= 0 && this.closefd) closeFd();
        fd = -1;
        ch = null;
        readable = writable = appending = created = false;
        boolean plus = false;
        int rwa = 0;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x': rwa++; created = true; writable = true; break;
                case 'r': rwa++; readable = true; break;
                case 'w': rwa++; writable = true; break;
                case 'a': rwa++; writable = true; appending = true; break;
                case 'b': break;
                case '+':
                    if (plus) throw badMode();
                    plus = true;
                    readable = writable = true;
                    break;
                default: throw Err.valueError("invalid mode: " + mode);
            }
        }
        if (rwa != 1) throw badMode();
        if (file instanceof PyFloat) throw Err.typeError("integer argument expected, got float");
        if (Arith.isInt(file)) {
            long f = Ops.index(file);
            if (f < 0) throw Err.valueError("negative file descriptor");
            fd = (int) f;
            this.closefd = closefd;
            if (fd > 2 && st.fds().get(fd) == null) throw PosixModule.errno(9, null);
            dict.putStr("name", file);
            return;
        }
        if (!closefd) throw Err.valueError("Cannot use closefd=False with file name");
        this.closefd = true;
        PyObject p = PosixModule.fspath(file);
        String path = p instanceof PyStr ? ((PyStr) p).value : new String(((PyBytes) p).data, StandardCharsets.UTF_8);
        if (path.indexOf('\0') >= 0) throw Err.valueError("embedded null byte");
        int flags = (readable && writable ? 2 : writable ? 1 : 0) | 0x80000;
        if (created) flags |= 0x40 | 0x80;
        else if (appending) flags |= 0x40 | 0x400;
        else if (mode.indexOf('w') >= 0) flags |= 0x40 | 0x200;
        dict.putStr("name", file);
        if (!Io.isNone(opener)) {
            PyObject r = opener.call2(p, PyInt.of(flags));
            if (!Arith.isInt(r)) throw Err.typeError("expected integer from opener");
            long f = Ops.index(r);
            if (f < 0) throw Err.valueError("opener returned " + f);
            fd = (int) f;
            if (fd > 2 && st.fds().get(fd) == null) throw PosixModule.errno(9, null);
        } else {
            st.in.audit("open", file, PyStr.of(mode), PyInt.of(flags));
            fd = openPath(path, mode.indexOf('w') >= 0);
        }
        if (appending) {
            try {
                FileChannel c = channel();
                if (c != null) c.position(c.size());
            } catch (IOException e) {
                throw PosixModule.osError(e, path);
            }
        }
    }

    private PyException badMode() {
        return Err.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    private int openPath(String path, boolean truncate) {
        if (path.isEmpty()) throw PosixModule.errno(2, path);
        Path t = PosixModule.resolve(st.in.cwd, path);
        Set<OpenOption> opts = new HashSet<>();
        if (readable) opts.add(StandardOpenOption.READ);
        if (writable) opts.add(StandardOpenOption.WRITE);
        if (created) opts.add(StandardOpenOption.CREATE_NEW);
        else if (writable && !readable || appending || truncate) opts.add(StandardOpenOption.CREATE);
        if (truncate) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        // data buffered for a file that was dropped without close() reaches it first
        st.flushAll();
        try {
            if (Files.isDirectory(t)) {
                if (writable) throw PosixModule.errno(21, path);
                // reading a directory opens but fails at read; CPython's FileIO refuses it at once
                throw PosixModule.errno(21, path);
            }
            if (created && Files.exists(t, LinkOption.NOFOLLOW_LINKS)) throw PosixModule.errno(17, path);
            Path parent = t.getParent();
            if (!Files.exists(t) && parent != null && Files.exists(parent) && !Files.isDirectory(parent)) throw PosixModule.errno(20, path);
            FileChannel c = FileChannel.open(t, opts);
            ch = c;
            return st.fds().add(c, t.toString());
        } catch (IOException | RuntimeException e) {
            throw PosixModule.osError(e, path);
        }
    }

    // ---- operations -------------------------------------------------------------------------
    byte[] read(long n) {
        checkReadable();
        if (n < 0) return readall();
        if (fd == 0) return readStdin((int) Math.min(n, 1 << 20));
        try {
            ByteBuffer b = ByteBuffer.allocate((int) Math.min(n, Integer.MAX_VALUE - 16));
            FileChannel c = channel();
            int r = st.fds().isPipe(fd) ? PosixModule.readPipe(st.in, st.fds(), fd, b) : c.read(b);
            if (r <= 0) return new byte[0];
            return java.util.Arrays.copyOf(b.array(), r);
        } catch (IOException e) {
            throw PosixModule.osError(e, null);
        }
    }

    byte[] readall() {
        checkReadable();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        if (fd == 0) {
            while (true) {
                byte[] b = readStdin(Io.DEFAULT_BUFFER_SIZE);
                if (b.length == 0) return out.toByteArray();
                out.write(b, 0, b.length);
            }
        }
        try {
            FileChannel c = channel();
            if (st.fds().isPipe(fd)) return readPipeToEnd();
            long left = Math.max(0, c.size() - c.position());
            ByteBuffer b = ByteBuffer.allocate((int) Math.min(Math.max(left + 1, Io.DEFAULT_BUFFER_SIZE), Integer.MAX_VALUE - 16));
            while (true) {
                int r = c.read(b);
                if (r <= 0) break;
                if (!b.hasRemaining()) {
                    ByteBuffer nb = ByteBuffer.allocate(b.capacity() * 2);
                    b.flip();
                    nb.put(b);
                    b = nb;
                }
            }
            return java.util.Arrays.copyOf(b.array(), b.position());
        } catch (IOException e) {
            throw PosixModule.osError(e, null);
        }
    }

    /** A pipe has no size to read up to: chunks until its last writer has closed it. */
    private byte[] readPipeToEnd() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ByteBuffer b = ByteBuffer.allocate(Io.DEFAULT_BUFFER_SIZE);
        while (PosixModule.readPipe(st.in, st.fds(), fd, b.clear()) > 0) out.write(b.array(), 0, b.position());
        return out.toByteArray();
    }

    /** Reads at most n bytes of the interpreter's stdin; Ctrl-C's handler runs while it waits. */
    private byte[] readStdin(int n) {
        if (stdinRead == null) {
            stdinWant = Math.max(n, 1);
            int want = stdinWant;
            stdinRead = Signals.task(() -> {
                byte[] b = new byte[want];
                int r = System.in.read(b, 0, want);
                return r <= 0 ? new byte[0] : java.util.Arrays.copyOf(b, r);
            });
        }
        FutureTask<byte[]> task = stdinRead;
        byte[] got = st.in.signals.blockingCall(task, st.in.frame);
        stdinRead = null;
        return got;
    }

    int write(byte[] b, int off, int len) {
        checkWritable();
        if (fd == 1 || fd == 2) {
            java.io.PrintStream s = fd == 1 ? st.in.rawOut : st.in.rawErr;
            s.write(b, off, len);
            s.flush();
            return len;
        }
        try {
            FileChannel c = channel();
            if (appending) c.position(c.size());
            return c.write(ByteBuffer.wrap(b, off, len));
        } catch (java.nio.channels.NonWritableChannelException e) {
            throw PosixModule.errno(9, null);
        } catch (IOException e) {
            throw PosixModule.osError(e, null);
        }
    }

    long seek(long pos, int whence) {
        checkOpen();
        FileChannel c = channel();
        if (c == null || st.fds().isPipe(fd)) throw PosixModule.errno(29, null);
        try {
            long base = whence == 0 ? 0 : whence == 1 ? c.position() : whence == 2 ? c.size() : -1;
            if (base < 0 || base + pos < 0) throw PosixModule.errno(22, null);
            c.position(base + pos);
            return base + pos;
        } catch (IOException e) {
            throw PosixModule.osError(e, null);
        }
    }

    long tell() {
        return seek(0, 1);
    }

    boolean seekable() {
        checkOpen();
        return fd > 2 && !st.fds().isPipe(fd);
    }

    long truncate(long size) {
        checkWritable();
        FileChannel c = channel();
        if (c == null) throw PosixModule.errno(22, null);
        try {
            if (size < c.size()) c.truncate(size);
            else if (size > c.size()) c.write(ByteBuffer.allocate(1), size - 1);
            return size;
        } catch (IOException e) {
            throw PosixModule.osError(e, null);
        }
    }

    boolean isatty() {
        checkOpen();
        return fd <= 2 && System.console() != null;
    }

    private void closeFd() {
        if (fd > 2) {
            try {
                st.fds().close(fd);
            } catch (IOException e) {
                throw PosixModule.osError(e, null);
            }
        }
    }

    void close() {
        if (fd < 0) {
            ioClosed = true;
            return;
        }
        try {
            IoBase.close(this);
        } finally {
            int f = fd;
            if (closefd) closeFd();
            fd = f < 0 ? -1 : -1;
            ch = null;
        }
    }

    boolean closed() {
        return fd < 0;
    }

    @Override public String pyRepr() {
        String tn = TypeNames.tpName(cls);
        if (fd < 0) return "<" + tn + " [closed]>";
        PyObject name = Ops.getAttrOrNull(this, "name");
        return "<" + tn + (name == null ? " fd=" + fd : " name=" + Ops.repr(name)) + " mode='" + modeString() + "' closefd="
                + (closefd ? "True" : "False") + ">";
    }

    // ---- the type ---------------------------------------------------------------------------
    private static FileIO me(PyObject[] a, IoState st, String m) {
        return Io.self(a, FileIO.class, st.fileIO, m);
    }

    static void fill(IoState st) {
        PyType t = st.fileIO;
        Io.def(t, "__init__", (a, k) -> {
            PyObject[] p = Io.args("FileIO", a, k, new String[]{"file", "mode", "closefd", "opener"}, 1);
            String mode = p[1] == null ? "r" : Args.str(p[1], "FileIO() argument 'mode'");
            me(a, st, "__init__").init(p[0], mode, p[2] == null || Ops.isTrue(p[2]), p[3]);
            return PyNone.INSTANCE;
        });
        Io.def(t, "read", (a, k) -> {
            PyObject[] p = Io.args("read", a, k, new String[]{"size"}, 0);
            return new PyBytes(me(a, st, "read").read(Io.size(p[0])));
        });
        Io.def(t, "readall", (a, k) -> new PyBytes(me(a, st, "readall").readall()));
        Io.def(t, "readinto", (a, k) -> {
            FileIO f = me(a, st, "readinto");
            Io.one(t, "readinto", a, k);
            f.checkReadable();
            if (!Buffers.isWritable(a[1])) {
                throw Err.typeError("readinto() argument must be read-write bytes-like object, not " + TypeNames.tpName(a[1].type()));
            }
            byte[] d = f.read(Ops.len(a[1]));
            Buffers.write(a[1], 0, d);
            return PyInt.of(d.length);
        });
        Io.def(t, "write", (a, k) -> {
            FileIO f = me(a, st, "write");
            Io.one(t, "write", a, k);
            f.checkWritable();
            byte[] b = Io.bytesLike(a[1]);
            return PyInt.of(f.write(b, 0, b.length));
        });
        Io.def(t, "seek", (a, k) -> {
            PyObject[] p = Io.args("seek", a, k, new String[]{"pos", "whence"}, 1);
            if (p[0] instanceof PyFloat) throw Err.typeError("an integer is required");
            return PyInt.of(me(a, st, "seek").seek(Ops.index(p[0]), p[1] == null ? 0 : (int) Ops.index(p[1])));
        });
        Io.def(t, "tell", (a, k) -> PyInt.of(me(a, st, "tell").tell()));
        Io.def(t, "truncate", (a, k) -> {
            FileIO f = me(a, st, "truncate");
            PyObject[] p = Io.args("truncate", a, k, new String[]{"size"}, 0);
            f.checkOpen();
            long size = Io.isNone(p[0]) ? f.tell() : Ops.index(p[0]);
            return PyInt.of(f.truncate(size));
        });
        Io.def(t, "seekable", (a, k) -> PyBool.of(me(a, st, "seekable").seekable()));
        Io.def(t, "readable", (a, k) -> {
            FileIO f = me(a, st, "readable");
            f.checkOpen();
            return PyBool.of(f.readable);
        });
        Io.def(t, "writable", (a, k) -> {
            FileIO f = me(a, st, "writable");
            f.checkOpen();
            return PyBool.of(f.writable);
        });
        Io.def(t, "fileno", (a, k) -> {
            FileIO f = me(a, st, "fileno");
            f.checkOpen();
            return PyInt.of(f.fd);
        });
        Io.def(t, "isatty", (a, k) -> PyBool.of(me(a, st, "isatty").isatty()));
        Io.def(t, "close", (a, k) -> {
            me(a, st, "close").close();
            return PyNone.INSTANCE;
        });
        Io.def(t, "_dealloc_warn", (a, k) -> PyNone.INSTANCE);
        Io.getter(t, "closed", self -> PyBool.of(((FileIO) self).closed()));
        Io.getter(t, "closefd", self -> PyBool.of(((FileIO) self).closefd));
        Io.getter(t, "mode", self -> PyStr.of(((FileIO) self).modeString()));
        Io.getter(t, "_blksize", self -> PyInt.of(4096));
        Io.getter(t, "_finalizing", self -> PyBool.FALSE);
        t.dict.putStr("__repr__", PyBuiltinFunction.method(t.name, "__repr__", (a, k) -> PyStr.of(a[0].pyRepr())));
    }
}
