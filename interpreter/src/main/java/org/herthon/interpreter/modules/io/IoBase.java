package org.herthon.interpreter.modules.io;

import java.io.ByteArrayOutputStream;

import org.herthon.interpreter.modules.Buffers;
import org.herthon.interpreter.runtime.*;

/** The methods of _IOBase, _RawIOBase, _BufferedIOBase and _TextIOBase (the defaults io.py's ABCs inherit). */
final class IoBase {
    private IoBase() {}

    static void fill(IoState st) {
        PyType t = st.ioBase;
        Io.getter(t, "closed", self -> PyBool.of(self instanceof IoObject && ((IoObject) self).ioClosed));
        Io.def(t, "seek", (a, k) -> { throw st.unsupported("seek"); });
        Io.def(t, "tell", (a, k) -> {
            Io.noArgs("tell", a, k);
            return Io.call(a[0], "seek", PyInt.ZERO, PyInt.of(1));
        });
        Io.def(t, "truncate", (a, k) -> { throw st.unsupported("truncate"); });
        Io.def(t, "flush", (a, k) -> {
            Io.noArgs("flush", a, k);
            Io.checkClosed(a[0]);
            return PyNone.INSTANCE;
        });
        Io.def(t, "close", (a, k) -> {
            Io.noArgs("close", a, k);
            close(a[0]);
            return PyNone.INSTANCE;
        });
        for (String n : new String[]{"seekable", "readable", "writable"}) {
            Io.def(t, n, (a, k) -> {
                Io.noArgs(n, a, k);
                return PyBool.FALSE;
            });
        }
        Io.def(t, "_checkClosed", (a, k) -> {
            Io.checkClosed(a[0]);
            return PyNone.INSTANCE;
        });
        Io.def(t, "_checkSeekable", (a, k) -> check(st, a[0], "seekable", "File or stream is not seekable."));
        Io.def(t, "_checkReadable", (a, k) -> check(st, a[0], "readable", "File or stream is not readable."));
        Io.def(t, "_checkWritable", (a, k) -> check(st, a[0], "writable", "File or stream is not writable."));
        Io.def(t, "__enter__", (a, k) -> {
            Io.checkClosed(a[0]);
            return a[0];
        });
        Io.def(t, "__exit__", (a, k) -> Io.call(a[0], "close"));
        Io.def(t, "fileno", (a, k) -> { throw st.unsupported("fileno"); });
        Io.def(t, "isatty", (a, k) -> {
            Io.noArgs("isatty", a, k);
            Io.checkClosed(a[0]);
            return PyBool.FALSE;
        });
        Io.def(t, "__iter__", (a, k) -> {
            Io.checkClosed(a[0]);
            return a[0];
        });
        Io.def(t, "__next__", (a, k) -> {
            PyObject v = a[0].pyNext();
            if (v == null) throw Err.make(PyExc.StopIteration);
            return v;
        });
        Io.def(t, "readline", (a, k) -> {
            PyObject[] p = Io.args("readline", a, k, new String[]{"size"}, 0);
            return readline(a[0], Io.size(p[0]));
        });
        Io.def(t, "readlines", (a, k) -> {
            PyObject[] p = Io.args("readlines", a, k, new String[]{"hint"}, 0);
            return readlines(a[0], Io.size(p[0]));
        });
        Io.def(t, "writelines", (a, k) -> {
            Io.one(t, "writelines", a, k);
            Io.checkClosed(a[0]);
            PyObject it = Ops.iter(a[1]);
            PyObject line;
            while ((line = Ops.next(it)) != null) Io.call(a[0], "write", line);
            return PyNone.INSTANCE;
        });
        Io.def(t, "__del__", (a, k) -> PyNone.INSTANCE);

        // _RawIOBase
        PyType r = st.rawIOBase;
        Io.def(r, "read", (a, k) -> {
            PyObject[] p = Io.args("read", a, k, new String[]{"size"}, 0);
            return rawRead(a[0], Io.size(p[0]));
        });
        Io.def(r, "readall", (a, k) -> {
            Io.noArgs("readall", a, k);
            return rawReadall(a[0]);
        });
        Io.def(r, "readinto", (a, k) -> { throw Err.make(PyExc.NotImplementedError); });
        Io.def(r, "write", (a, k) -> { throw Err.make(PyExc.NotImplementedError); });

        // _BufferedIOBase
        PyType b = st.bufferedIOBase;
        Io.def(b, "detach", (a, k) -> { throw st.unsupported("detach"); });
        Io.def(b, "read", (a, k) -> { throw st.unsupported("read"); });
        Io.def(b, "read1", (a, k) -> { throw st.unsupported("read1"); });
        Io.def(b, "write", (a, k) -> { throw st.unsupported("write"); });
        Io.def(b, "readinto", (a, k) -> {
            Io.one(b, "readinto", a, k);
            return readinto(a[0], a[1], "read");
        });
        Io.def(b, "readinto1", (a, k) -> {
            Io.one(b, "readinto1", a, k);
            return readinto(a[0], a[1], "read1");
        });

        // _TextIOBase
        PyType x = st.textIOBase;
        Io.def(x, "detach", (a, k) -> { throw st.unsupported("detach"); });
        Io.def(x, "read", (a, k) -> { throw st.unsupported("read"); });
        Io.def(x, "readline", (a, k) -> { throw st.unsupported("readline"); });
        Io.def(x, "write", (a, k) -> { throw st.unsupported("write"); });
        Io.getter(x, "encoding", self -> PyNone.INSTANCE);
        Io.getter(x, "newlines", self -> PyNone.INSTANCE);
        Io.getter(x, "errors", self -> PyNone.INSTANCE);
    }

    private static PyObject check(IoState st, PyObject self, String what, String msg) {
        PyObject r = Io.call(self, what);
        if (r != PyBool.TRUE) throw st.unsupported(msg);
        return r;
    }

    /** _IOBase.close: flush, then closed even if flush failed. */
    static void close(PyObject self) {
        if (self instanceof IoObject && ((IoObject) self).ioClosed) return;
        if (!(self instanceof IoObject)) return;
        try {
            Io.call(self, "flush");
        } finally {
            ((IoObject) self).ioClosed = true;
        }
    }

    /** _IOBase.readline: byte by byte, or up to the newline peek() shows. */
    static PyObject readline(PyObject self, long limit) {
        PyObject peek = Ops.getAttrOrNull(self, "peek");
        ByteArrayOutputStream res = new ByteArrayOutputStream();
        while (limit < 0 || res.size() < limit) {
            long n = 1;
            if (peek != null) {
                PyObject ra = peek.call1(PyInt.of(1));
                if (!(ra instanceof PyBytes)) {
                    throw Err.make(PyExc.OSError, "peek() should have returned a bytes object, not '" + TypeNames.tpName(ra.type()) + "'");
                }
                byte[] buf = ((PyBytes) ra).data;
                if (buf.length > 0) {
                    int max = buf.length;
                    if (limit >= 0) max = (int) Math.min(max, limit - res.size());
                    int i = 0;
                    while (i < max) {
                        if (buf[i++] == '\n') break;
                    }
                    n = i;
                }
            }
            PyObject b = Io.call(self, "read", PyInt.of(n));
            if (!(b instanceof PyBytes)) {
                if (b == PyNone.INSTANCE) break;
                throw Err.make(PyExc.OSError, "read() should have returned a bytes object, not '" + TypeNames.tpName(b.type()) + "'");
            }
            byte[] d = ((PyBytes) b).data;
            if (d.length == 0) break;
            res.write(d, 0, d.length);
            if (d[d.length - 1] == '\n') break;
        }
        return new PyBytes(res.toByteArray());
    }

    static PyObject readlines(PyObject self, long hint) {
        PyList out = new PyList();
        PyObject it = Ops.iter(self);
        long total = 0;
        PyObject line;
        while ((line = Ops.next(it)) != null) {
            out.append(line);
            if (hint > 0) {
                total += Ops.len(line);
                if (total >= hint) break;
            }
        }
        return out;
    }

    static PyObject rawRead(PyObject self, long n) {
        if (n < 0) return Io.call(self, "readall");
        PyByteArray b = new PyByteArray(new byte[(int) n]);
        PyObject r = Io.call(self, "readinto", b);
        if (r == PyNone.INSTANCE) return r;
        long got = Ops.index(r);
        if (got < 0 || got > n) throw Err.valueError("readinto returned " + got + " outside buffer size " + n);
        return new PyBytes(java.util.Arrays.copyOf(b.toBytes(), (int) got));
    }

    static PyObject rawReadall(PyObject self) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean any = false;
        while (true) {
            PyObject d = Io.call(self, "read", PyInt.of(Io.DEFAULT_BUFFER_SIZE));
            if (d == PyNone.INSTANCE) {
                if (!any) return PyNone.INSTANCE;
                break;
            }
            if (!(d instanceof PyBytes)) throw Err.typeError("read() should return bytes");
            byte[] b = ((PyBytes) d).data;
            if (b.length == 0) break;
            any = true;
            out.write(b, 0, b.length);
        }
        return new PyBytes(out.toByteArray());
    }

    static PyObject readinto(PyObject self, PyObject buf, String method) {
        if (!Buffers.isWritable(buf)) {
            throw Err.typeError(method + "into() argument must be read-write bytes-like object, not " + TypeNames.tpName(buf.type()));
        }
        int len = Ops.len(buf);
        PyObject d = Io.call(self, method, PyInt.of(len));
        if (!(d instanceof PyBytes)) throw Err.typeError("read() should return bytes");
        byte[] data = ((PyBytes) d).data;
        if (data.length > len) {
            throw Err.valueError("read() returned too much data: " + len + " bytes requested, " + data.length + " returned");
        }
        Buffers.write(buf, 0, data);
        return PyInt.of(data.length);
    }
}
