package org.herthon.interpreter.modules.io;

import org.herthon.interpreter.runtime.*;

/** _io.BufferedRWPair: a BufferedReader and a BufferedWriter over two raw streams, as one object. */
final class BufferedRWPair extends IoObject {
    Buffered reader, writer;

    BufferedRWPair(IoState st, PyType cls) {
        super(st, cls);
    }

    private void check() {
        if (reader == null || writer == null) throw Err.valueError("I/O operation on uninitialized object");
    }

    private static BufferedRWPair me(PyObject[] a, IoState st, String m) {
        BufferedRWPair p = Io.self(a, BufferedRWPair.class, st.bufferedRWPair, m);
        p.check();
        return p;
    }

    static void fill(IoState st) {
        PyType t = st.bufferedRWPair;
        Io.def(t, "__init__", (a, k) -> {
            PyObject[] p = Io.args("BufferedRWPair", a, k, new String[]{"reader", "writer", "buffer_size"}, 2);
            BufferedRWPair self = Io.self(a, BufferedRWPair.class, t, "__init__");
            PyObject size = p[2] == null ? PyInt.of(Io.DEFAULT_BUFFER_SIZE) : p[2];
            if (Io.call(p[0], "readable") != PyBool.TRUE) throw st.unsupported("File or stream is not readable.");
            if (Io.call(p[1], "writable") != PyBool.TRUE) throw st.unsupported("File or stream is not writable.");
            self.reader = (Buffered) st.bufferedReader.call(new PyObject[]{p[0], size}, null);
            self.writer = (Buffered) st.bufferedWriter.call(new PyObject[]{p[1], size}, null);
            return PyNone.INSTANCE;
        });
        for (String n : new String[]{"read", "peek", "read1", "readinto", "readinto1"}) {
            Io.def(t, n, (a, k) -> Ops.getAttr(me(a, st, n).reader, n).call(Types.rest(a), k));
        }
        Io.def(t, "readable", (a, k) -> Io.call(me(a, st, "readable").reader, "readable"));
        Io.def(t, "write", (a, k) -> Ops.getAttr(me(a, st, "write").writer, "write").call(Types.rest(a), k));
        Io.def(t, "flush", (a, k) -> Io.call(me(a, st, "flush").writer, "flush"));
        Io.def(t, "writable", (a, k) -> Io.call(me(a, st, "writable").writer, "writable"));
        Io.def(t, "isatty", (a, k) -> {
            BufferedRWPair p = me(a, st, "isatty");
            PyObject r = Io.call(p.writer, "isatty");
            return Ops.isTrue(r) ? r : Io.call(p.reader, "isatty");
        });
        Io.def(t, "close", (a, k) -> {
            BufferedRWPair p = me(a, st, "close");
            try {
                Io.call(p.writer, "close");
            } finally {
                Io.call(p.reader, "close");
            }
            return PyNone.INSTANCE;
        });
        Io.getter(t, "closed", self -> {
            BufferedRWPair p = (BufferedRWPair) self;
            p.check();
            return Ops.getAttr(p.writer, "closed");
        });
    }
}
