package org.herthon.interpreter.modules.io;

import java.util.Arrays;

import org.herthon.interpreter.modules.Buffers;
import org.herthon.interpreter.runtime.*;

/** _io.BytesIO: a growable in-memory byte buffer. */
final class BytesIO extends IoObject {
    byte[] buf = new byte[0];
    int size, pos;
    boolean released;

    BytesIO(IoState st, PyType cls) {
        super(st, cls);
    }

    void checkOpen() {
        if (released) throw Io.closedFile();
    }

    byte[] read(long n) {
        checkOpen();
        int avail = Math.max(0, size - pos);
        int len = n < 0 || n > avail ? avail : (int) n;
        byte[] r = Arrays.copyOfRange(buf, pos, pos + len);
        pos += len;
        return r;
    }

    byte[] readline(long limit) {
        checkOpen();
        int start = Math.min(pos, size);
        int i = start;
        while (i < size && buf[i] != '\n') i++;
        int end = i < size ? i + 1 : size;
        if (limit >= 0 && end - start > limit) end = start + (int) limit;
        pos = Math.max(pos, end);
        if (start >= size) return new byte[0];
        return Arrays.copyOfRange(buf, start, end);
    }

    int write(byte[] b) {
        checkOpen();
        int n = b.length;
        if (n == 0) return 0;
        int end = pos + n;
        if (end > buf.length) buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2 + 16));
        if (pos > size) Arrays.fill(buf, size, pos, (byte) 0);
        System.arraycopy(b, 0, buf, pos, n);
        pos = end;
        if (end > size) size = end;
        return n;
    }

    byte[] value() {
        return Arrays.copyOf(buf, size);
    }

    @Override public PyObject pyNext() {
        if (cls != st.bytesIO) return super.pyNext();
        byte[] l = readline(-1);
        return l.length == 0 ? null : new PyBytes(l);
    }

    private static BytesIO me(PyObject[] a, IoState st, String m) {
        return Io.self(a, BytesIO.class, st.bytesIO, m);
    }

    static void fill(IoState st) {
        PyType t = st.bytesIO;
        Io.def(t, "__init__", (a, k) -> {
            PyObject[] p = Io.args("BytesIO", a, k, new String[]{"initial_bytes"}, 0);
            BytesIO b = me(a, st, "__init__");
            b.checkOpen();
            b.buf = new byte[0];
            b.size = b.pos = 0;
            if (!Io.isNone(p[0])) {
                b.write(Io.bytesLike(p[0]));
                b.pos = 0;
            }
            return PyNone.INSTANCE;
        });
        Io.def(t, "getvalue", (a, k) -> {
            BytesIO b = me(a, st, "getvalue");
            b.checkOpen();
            return new PyBytes(b.value());
        });
        Io.def(t, "getbuffer", (a, k) -> {
            BytesIO b = me(a, st, "getbuffer");
            b.checkOpen();
            return PyMemoryView.of(new PyByteArray(b.value()));
        });
        Io.def(t, "read", (a, k) -> {
            PyObject[] p = Io.args("read", a, k, new String[]{"size"}, 0);
            return new PyBytes(me(a, st, "read").read(Io.size(p[0])));
        });
        Io.def(t, "read1", (a, k) -> {
            PyObject[] p = Io.args("read1", a, k, new String[]{"size"}, 0);
            return new PyBytes(me(a, st, "read1").read(Io.size(p[0])));
        });
        Io.def(t, "readline", (a, k) -> {
            PyObject[] p = Io.args("readline", a, k, new String[]{"size"}, 0);
            return new PyBytes(me(a, st, "readline").readline(Io.size(p[0])));
        });
        Io.def(t, "readlines", (a, k) -> {
            PyObject[] p = Io.args("readlines", a, k, new String[]{"size"}, 0);
            BytesIO b = me(a, st, "readlines");
            long hint = Io.size(p[0]);
            b.checkOpen();
            PyList out = new PyList();
            long total = 0;
            while (true) {
                byte[] l = b.readline(-1);
                if (l.length == 0) break;
                out.append(new PyBytes(l));
                total += l.length;
                if (hint > 0 && total >= hint) break;
            }
            return out;
        });
        Io.def(t, "readinto", (a, k) -> {
            BytesIO b = me(a, st, "readinto");
            Io.one(t, "readinto", a, k);
            if (!Buffers.isWritable(a[1])) {
                throw Err.typeError("readinto() argument must be read-write bytes-like object, not " + TypeNames.tpName(a[1].type()));
            }
            byte[] d = b.read(Ops.len(a[1]));
            Buffers.write(a[1], 0, d);
            return PyInt.of(d.length);
        });
        Io.def(t, "write", (a, k) -> {
            BytesIO b = me(a, st, "write");
            Io.one(t, "write", a, k);
            b.checkOpen();
            return PyInt.of(b.write(Io.bytesLike(a[1])));
        });
        Io.def(t, "writelines", (a, k) -> {
            BytesIO b = me(a, st, "writelines");
            Io.one(t, "writelines", a, k);
            b.checkOpen();
            PyObject it = Ops.iter(a[1]);
            PyObject x;
            while ((x = Ops.next(it)) != null) b.write(Io.bytesLike(x));
            return PyNone.INSTANCE;
        });
        Io.def(t, "seek", (a, k) -> {
            PyObject[] p = Io.args("seek", a, k, new String[]{"pos", "whence"}, 1);
            BytesIO b = me(a, st, "seek");
            long pos = Ops.index(p[0]);
            long whence = p[1] == null ? 0 : Ops.index(p[1]);
            b.checkOpen();
            if (whence < 0 || whence > 2) throw Err.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
            if (whence == 0 && pos < 0) throw Err.valueError("negative seek value " + pos);
            if (whence == 1) pos += b.pos;
            else if (whence == 2) pos += b.size;
            if (pos < 0) pos = 0;
            if (pos > Integer.MAX_VALUE - 16) throw Err.overflow("new position too large");
            b.pos = (int) pos;
            return PyInt.of(pos);
        });
        Io.def(t, "tell", (a, k) -> {
            BytesIO b = me(a, st, "tell");
            b.checkOpen();
            return PyInt.of(b.pos);
        });
        Io.def(t, "truncate", (a, k) -> {
            PyObject[] p = Io.args("truncate", a, k, new String[]{"size"}, 0);
            BytesIO b = me(a, st, "truncate");
            b.checkOpen();
            long n = Io.isNone(p[0]) ? b.pos : Ops.index(p[0]);
            if (n < 0) throw Err.valueError("negative size value " + n);
            if (n < b.size) b.size = (int) n;
            return PyInt.of(n);
        });
        for (String n : new String[]{"readable", "writable", "seekable"}) {
            Io.def(t, n, (a, k) -> {
                me(a, st, n).checkOpen();
                return PyBool.TRUE;
            });
        }
        Io.def(t, "isatty", (a, k) -> {
            me(a, st, "isatty").checkOpen();
            return PyBool.FALSE;
        });
        Io.def(t, "flush", (a, k) -> {
            me(a, st, "flush").checkOpen();
            return PyNone.INSTANCE;
        });
        Io.def(t, "close", (a, k) -> {
            BytesIO b = me(a, st, "close");
            b.released = true;
            b.ioClosed = true;
            b.buf = new byte[0];
            b.size = 0;
            return PyNone.INSTANCE;
        });
        Io.getter(t, "closed", self -> PyBool.of(((BytesIO) self).released));
        Io.def(t, "__getstate__", (a, k) -> {
            BytesIO b = me(a, st, "__getstate__");
            b.checkOpen();
            return new PyTuple(new PyBytes(b.value()), PyInt.of(b.pos), b.dict.size() == 0 ? PyNone.INSTANCE : b.dict);
        });
        Io.def(t, "__setstate__", (a, k) -> {
            BytesIO b = me(a, st, "__setstate__");
            PyObject[] s = Ops.toArray(a[1]);
            b.buf = new byte[0];
            b.size = b.pos = 0;
            b.write(Io.bytesLike(s[0]));
            b.pos = (int) Ops.index(s[1]);
            if (s.length > 2 && s[2] instanceof PyDict) {
                for (PyObject key : Ops.toArray(s[2])) b.dict.put(key, ((PyDict) s[2]).get(key));
            }
            return PyNone.INSTANCE;
        });
    }
}
