package org.herthon.interpreter.modules.io;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import org.herthon.interpreter.modules.Buffers;
import org.herthon.interpreter.runtime.*;

/** _io.BufferedReader, BufferedWriter and BufferedRandom over a raw stream (a FileIO or any RawIOBase). */
final class Buffered extends IoObject {
    static final int READER = 1, WRITER = 2, RANDOM = 3;
    PyObject raw;
    int kind;
    boolean detached;
    int bufferSize = Io.DEFAULT_BUFFER_SIZE;
    // read-ahead: rbuf[rpos..rlen)
    byte[] rbuf = new byte[0];
    int rpos, rlen;
    // pending writes: wbuf[0..wlen)
    byte[] wbuf = new byte[0];
    int wlen;

    Buffered(IoState st, PyType cls) {
        super(st, cls);
    }

    void init(PyObject raw, int size, int kind) {
        this.raw = raw;
        this.kind = kind;
        this.bufferSize = size;
        this.detached = false;
        this.rpos = this.rlen = this.wlen = 0;
        this.wbuf = new byte[(kind & WRITER) != 0 ? size : 0];
        if ((kind & WRITER) != 0 && raw instanceof FileIO && ((FileIO) raw).fd > 2) st.track(this);
    }

    private FileIO fastRaw() {
        return raw instanceof FileIO && raw.type() == st.fileIO ? (FileIO) raw : null;
    }

    void checkAttached() {
        if (detached) throw Err.valueError("raw stream has been detached");
        if (raw == null) throw Err.valueError("I/O operation on uninitialized object");
    }

    boolean rawClosed() {
        FileIO f = fastRaw();
        if (f != null) return f.closed();
        return Io.isClosed(raw);
    }

    void checkClosed(String msg) {
        checkAttached();
        if (rawClosed()) {
            // a reader with data still buffered can serve it, as CPython's
            if (msg.startsWith("read") && rpos < rlen) return;
            throw Err.valueError(msg);
        }
    }

    // ---- raw calls ----------------------------------------------------------------------------
    /** One raw read of at most n bytes: null when the raw stream would block (None). */
    private byte[] rawRead(int n) {
        FileIO f = fastRaw();
        if (f != null) return f.read(n);
        PyByteArray b = new PyByteArray(new byte[n]);
        PyObject r = Io.call(raw, "readinto", b);
        if (r == PyNone.INSTANCE) return null;
        long got = Ops.index(r);
        if (got < 0 || got > n) {
            throw Err.make(PyExc.OSError, "raw readinto() returned invalid length " + got + " (should have been between 0 and " + n + ")");
        }
        return Arrays.copyOf(b.toBytes(), (int) got);
    }

    private int rawWrite(byte[] b, int off, int len) {
        FileIO f = fastRaw();
        if (f != null) return f.write(b, off, len);
        PyObject r = Io.call(raw, "write", new PyBytes(Arrays.copyOfRange(b, off, off + len)));
        if (r == PyNone.INSTANCE) return -1;
        long n = Ops.index(r);
        if (n < 0 || n > len) {
            throw Err.make(PyExc.OSError, "raw write() returned invalid length " + n + " (should have been between 0 and " + len + ")");
        }
        return (int) n;
    }

    private long rawSeek(long pos, int whence) {
        FileIO f = fastRaw();
        if (f != null) return f.seek(pos, whence);
        PyObject r = Io.call(raw, "seek", PyInt.of(pos), PyInt.of(whence));
        long n = Ops.index(r);
        if (n < 0) throw Err.make(PyExc.OSError, "Raw stream returned invalid position " + n);
        return n;
    }

    private long rawTell() {
        FileIO f = fastRaw();
        if (f != null) return f.tell();
        long n = Ops.index(Io.call(raw, "tell"));
        if (n < 0) throw Err.make(PyExc.OSError, "Raw stream returned invalid position " + n);
        return n;
    }

    // ---- writing ------------------------------------------------------------------------------
    void flushWrites() {
        int off = 0;
        try {
            while (off < wlen) {
                int n = rawWrite(wbuf, off, wlen - off);
                if (n < 0) throw Err.make(PyExc.BlockingIOError, PyInt.of(11), PyStr.of("write could not complete without blocking"), PyInt.ZERO);
                off += n;
            }
        } finally {
            if (off > 0) {
                System.arraycopy(wbuf, off, wbuf, 0, wlen - off);
                wlen -= off;
            }
        }
    }

    /** Drops read-ahead before writing: the raw position goes back to the logical one. */
    private void dropReadAhead() {
        if (rlen - rpos > 0) rawSeek(-(rlen - rpos), 1);
        rpos = rlen = 0;
    }

    int write(byte[] b) {
        checkClosed("write to closed file");
        if (kind == RANDOM && rpos < rlen) dropReadAhead();
        rpos = rlen = 0;
        int n = b.length;
        if (wlen + n > bufferSize) {
            flushWrites();
            if (n >= bufferSize) {
                int off = 0;
                while (off < n) {
                    int w = rawWrite(b, off, n - off);
                    if (w < 0) throw Err.make(PyExc.BlockingIOError, PyInt.of(11), PyStr.of("write could not complete without blocking"), PyInt.of(off));
                    off += w;
                }
                return n;
            }
        }
        if (wbuf.length < wlen + n) wbuf = Arrays.copyOf(wbuf, Math.max(bufferSize, wlen + n));
        System.arraycopy(b, 0, wbuf, wlen, n);
        wlen += n;
        return n;
    }

    void flush() {
        if ((kind & WRITER) != 0) {
            checkClosed("flush of closed file");
            flushWrites();
        } else {
            checkAttached();
            if (rawClosed()) throw Io.closedFile();
        }
    }

    void flushQuietly() {
        if (!detached && raw != null && wlen > 0 && !rawClosed()) flushWrites();
    }

    // ---- reading ------------------------------------------------------------------------------
    /** Fills the read-ahead with one raw read; false at EOF (or when it would block). */
    private boolean fill() {
        if (wlen > 0) flushWrites();
        byte[] d = rawRead(bufferSize);
        if (d == null || d.length == 0) return false;
        if (rpos < rlen) {
            byte[] nb = Arrays.copyOfRange(rbuf, rpos, rlen + d.length);
            System.arraycopy(d, 0, nb, rlen - rpos, d.length);
            rbuf = nb;
            rlen = nb.length;
        } else {
            rbuf = d;
            rlen = d.length;
        }
        rpos = 0;
        return true;
    }

    PyObject read(long n) {
        if (n < -1) throw Err.valueError("read length must be non-negative or -1");
        checkClosed("read of closed file");
        if (wlen > 0) flushWrites();
        if (n == -1) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(rbuf, rpos, rlen - rpos);
            rpos = rlen = 0;
            FileIO f = fastRaw();
            if (f != null) {
                byte[] rest = f.readall();
                out.write(rest, 0, rest.length);
                return new PyBytes(out.toByteArray());
            }
            PyObject ra = Ops.getAttrOrNull(raw, "readall");
            if (ra != null) {
                PyObject r = ra.call0();
                if (r == PyNone.INSTANCE) return out.size() == 0 ? r : new PyBytes(out.toByteArray());
                byte[] rest = Io.readResult(r, "readall()");
                out.write(rest, 0, rest.length);
                return new PyBytes(out.toByteArray());
            }
            while (true) {
                byte[] d = rawRead(bufferSize);
                if (d == null) return out.size() == 0 ? PyNone.INSTANCE : new PyBytes(out.toByteArray());
                if (d.length == 0) break;
                out.write(d, 0, d.length);
            }
            return new PyBytes(out.toByteArray());
        }
        int want = (int) n;
        if (rlen - rpos >= want) {
            PyBytes r = Io.bytes(rbuf, rpos, rpos + want);
            rpos += want;
            return r;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(rbuf, rpos, rlen - rpos);
        rpos = rlen = 0;
        while (out.size() < want) {
            byte[] d = rawRead(Math.max(bufferSize, want - out.size()));
            if (d == null) {
                if (out.size() == 0) return PyNone.INSTANCE;
                break;
            }
            if (d.length == 0) break;
            int take = Math.min(d.length, want - out.size());
            out.write(d, 0, take);
            if (take < d.length) {
                rbuf = d;
                rpos = take;
                rlen = d.length;
            }
        }
        return new PyBytes(out.toByteArray());
    }

    byte[] read1(long n) {
        checkClosed("read of closed file");
        if (n < 0) n = bufferSize;
        if (n == 0) return new byte[0];
        if (rpos >= rlen) {
            if (!fill()) return new byte[0];
        }
        int take = (int) Math.min(n, rlen - rpos);
        byte[] r = Arrays.copyOfRange(rbuf, rpos, rpos + take);
        rpos += take;
        return r;
    }

    byte[] peek() {
        checkClosed("peek of closed file");
        if (rpos >= rlen) fill();
        return Arrays.copyOfRange(rbuf, rpos, rlen);
    }

    byte[] readline(long limit) {
        checkClosed("readline of closed file");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            if (rpos >= rlen && !fill()) break;
            int max = rlen;
            if (limit >= 0) max = (int) Math.min(max, rpos + (limit - out.size()));
            int i = rpos;
            while (i < max && rbuf[i] != '\n') i++;
            boolean found = i < max;
            int end = found ? i + 1 : max;
            out.write(rbuf, rpos, end - rpos);
            rpos = end;
            if (found) break;
        }
        return out.toByteArray();
    }

    long tell() {
        checkAttached();
        long pos = rawTell() - (rlen - rpos) + wlen;
        return Math.max(0, pos);
    }

    long seek(long pos, int whence) {
        if (whence < 0 || whence > 2) throw Err.valueError("whence value " + whence + " unsupported");
        checkClosed("seek of closed file");
        if (wlen > 0) flushWrites();
        if (whence == 1) pos -= (rlen - rpos);
        rpos = rlen = 0;
        return rawSeek(pos, whence);
    }

    @Override public PyObject pyNext() {
        if (cls == st.bufferedReader || cls == st.bufferedRandom) {
            byte[] l = readline(-1);
            return l.length == 0 ? null : new PyBytes(l);
        }
        return super.pyNext();
    }

    @Override public String pyRepr() {
        String tn = TypeNames.tpName(cls);
        PyObject name;
        try {
            name = Ops.getAttrOrNull(this, "name");
        } catch (PyException e) {
            if (!e.matches(PyExc.ValueError)) throw e;
            name = null;
        }
        return name == null ? "<" + tn + ">" : "<" + tn + " name=" + Ops.repr(name) + ">";
    }

    // ---- the types ----------------------------------------------------------------------------
    private static Buffered me(PyObject[] a, IoState st, PyType t, String m) {
        return Io.self(a, Buffered.class, t, m);
    }

    static void fill(IoState st) {
        common(st, st.bufferedReader, READER);
        common(st, st.bufferedWriter, WRITER);
        common(st, st.bufferedRandom, RANDOM);
        for (PyType t : new PyType[]{st.bufferedReader, st.bufferedRandom}) reading(st, t);
        for (PyType t : new PyType[]{st.bufferedWriter, st.bufferedRandom}) writing(st, t);
    }

    private static void common(IoState st, PyType t, int kind) {
        String tname = t.name;
        Io.def(t, "__init__", (a, k) -> {
            PyObject[] p = Io.args(tname, a, k, new String[]{"raw", "buffer_size"}, 1);
            Buffered b = me(a, st, t, "__init__");
            long size = p[1] == null ? Io.DEFAULT_BUFFER_SIZE : Ops.index(p[1]);
            if (kind != WRITER) checkRaw(st, p[0], "readable", "File or stream is not readable.");
            if (kind != READER) checkRaw(st, p[0], "writable", "File or stream is not writable.");
            if (kind == RANDOM) checkRaw(st, p[0], "seekable", "File or stream is not seekable.");
            if (size <= 0) throw Err.valueError("buffer size must be strictly positive");
            b.init(p[0], (int) size, kind);
            return PyNone.INSTANCE;
        });
        Io.getter(t, "raw", self -> {
            Buffered b = (Buffered) self;
            b.checkAttached();
            return b.raw;
        });
        Io.getter(t, "closed", self -> {
            Buffered b = (Buffered) self;
            b.checkAttached();
            return PyBool.of(b.rawClosed());
        });
        Io.getter(t, "name", self -> {
            Buffered b = (Buffered) self;
            b.checkAttached();
            return Ops.getAttr(b.raw, "name");
        });
        Io.getter(t, "mode", self -> {
            Buffered b = (Buffered) self;
            b.checkAttached();
            return Ops.getAttr(b.raw, "mode");
        });
        Io.getter(t, "_finalizing", self -> PyBool.FALSE);
        Io.def(t, "__repr__", (a, k) -> PyStr.of(me(a, st, t, "__repr__").pyRepr()));
        Io.def(t, "_dealloc_warn", (a, k) -> PyNone.INSTANCE);
        for (String n : new String[]{"fileno", "isatty", "seekable"}) {
            Io.def(t, n, (a, k) -> {
                Buffered b = me(a, st, t, n);
                b.checkAttached();
                return Io.call(b.raw, n);
            });
        }
        if (kind != WRITER) Io.def(t, "readable", (a, k) -> {
            Buffered b = me(a, st, t, "readable");
            b.checkAttached();
            return Io.call(b.raw, "readable");
        });
        if (kind != READER) Io.def(t, "writable", (a, k) -> {
            Buffered b = me(a, st, t, "writable");
            b.checkAttached();
            return Io.call(b.raw, "writable");
        });
        Io.def(t, "flush", (a, k) -> {
            Buffered b = me(a, st, t, "flush");
            b.flush();
            if (b.fastRaw() == null && (b.kind & WRITER) != 0) {
                // a Herthon raw stream's own flush, as CPython calls raw.flush()
                Io.call(b.raw, "flush");
            }
            return PyNone.INSTANCE;
        });
        Io.def(t, "close", (a, k) -> {
            Buffered b = me(a, st, t, "close");
            b.checkAttached();
            if (b.rawClosed()) return PyNone.INSTANCE;
            PyException first = null;
            try {
                Io.call(b, "flush");
            } catch (PyException e) {
                first = e;
            }
            b.rpos = b.rlen = 0;
            try {
                Io.call(b.raw, "close");
            } catch (PyException e) {
                throw e;
            }
            if (first != null) throw first;
            return PyNone.INSTANCE;
        });
        Io.def(t, "detach", (a, k) -> {
            Buffered b = me(a, st, t, "detach");
            b.checkAttached();
            Io.call(b, "flush");
            PyObject r = b.raw;
            b.detached = true;
            return r;
        });
        Io.def(t, "tell", (a, k) -> PyInt.of(me(a, st, t, "tell").tell()));
        Io.def(t, "seek", (a, k) -> {
            PyObject[] p = Io.args("seek", a, k, new String[]{"target", "whence"}, 1);
            Buffered b = me(a, st, t, "seek");
            if (p[0] instanceof PyFloat) throw Err.typeError("'float' object cannot be interpreted as an integer");
            return PyInt.of(b.seek(Ops.index(p[0]), p[1] == null ? 0 : (int) Ops.index(p[1])));
        });
        Io.def(t, "truncate", (a, k) -> {
            PyObject[] p = Io.args("truncate", a, k, new String[]{"pos"}, 0);
            Buffered b = me(a, st, t, "truncate");
            b.checkClosed("truncate of closed file");
            if ((b.kind & WRITER) == 0) throw st.unsupported("truncate");
            b.flushWrites();
            PyObject pos = Io.isNone(p[0]) ? PyInt.of(b.tell()) : p[0];
            b.dropReadAhead();
            return Io.call(b.raw, "truncate", pos);
        });
    }

    private static void checkRaw(IoState st, PyObject raw, String what, String msg) {
        if (Io.call(raw, what) != PyBool.TRUE) throw st.unsupported(msg);
    }

    private static void reading(IoState st, PyType t) {
        Io.def(t, "read", (a, k) -> {
            PyObject[] p = Io.args("read", a, k, new String[]{"size"}, 0);
            return me(a, st, t, "read").read(Io.size(p[0]));
        });
        Io.def(t, "read1", (a, k) -> {
            PyObject[] p = Io.args("read1", a, k, new String[]{"size"}, 0);
            return new PyBytes(me(a, st, t, "read1").read1(Io.size(p[0])));
        });
        Io.def(t, "peek", (a, k) -> {
            Io.args("peek", a, k, new String[]{"size"}, 0);
            return new PyBytes(me(a, st, t, "peek").peek());
        });
        Io.def(t, "readline", (a, k) -> {
            PyObject[] p = Io.args("readline", a, k, new String[]{"size"}, 0);
            return new PyBytes(me(a, st, t, "readline").readline(Io.size(p[0])));
        });
        for (String n : new String[]{"readinto", "readinto1"}) {
            Io.def(t, n, (a, k) -> {
                Buffered b = me(a, st, t, n);
                Io.one(t, n, a, k);
                if (!Buffers.isWritable(a[1])) {
                    throw Err.typeError(n + "() argument must be read-write bytes-like object, not " + TypeNames.tpName(a[1].type()));
                }
                int len = Ops.len(a[1]);
                byte[] d;
                if (n.equals("readinto")) {
                    PyObject r = b.read(len);
                    if (r == PyNone.INSTANCE) return r;
                    d = ((PyBytes) r).data;
                } else {
                    d = b.read1(len);
                }
                Buffers.write(a[1], 0, d);
                return PyInt.of(d.length);
            });
        }
        Io.def(t, "__next__", (a, k) -> {
            Buffered b = me(a, st, t, "__next__");
            PyObject v = b.pyNext();
            if (v == null) throw Err.make(PyExc.StopIteration);
            return v;
        });
    }

    private static void writing(IoState st, PyType t) {
        Io.def(t, "write", (a, k) -> {
            Buffered b = me(a, st, t, "write");
            Io.one(t, "write", a, k);
            return PyInt.of(b.write(Io.bytesLike(a[1])));
        });
    }
}
