package org.herthon.interpreter.modules.io;

import org.herthon.interpreter.runtime.*;

/**
 * _io.IncrementalNewlineDecoder: universal newlines over a decoder's output (or over str when the
 * decoder is None). StringIO and TextIOWrapper use the same Java logic.
 */
final class NewlineDecoder extends PyObject {
    static final int LF = 1, CR = 2, CRLF = 4;
    final IoState st;
    final PyType cls;
    final PyDict dict;
    PyObject decoder = PyNone.INSTANCE;
    boolean translate, pendingCR;
    int seen;

    NewlineDecoder(IoState st, PyType cls) {
        this.st = st;
        this.cls = cls;
        this.dict = cls == st.newlineDecoder ? null : new PyDict();
    }

    /** A decoder for Java callers: no inner decoder. */
    static NewlineDecoder of(IoState st, boolean translate) {
        NewlineDecoder d = new NewlineDecoder(st, st.newlineDecoder);
        d.translate = translate;
        return d;
    }

    @Override public PyType type() { return cls; }
    @Override public PyDict getDict() { return dict; }

    /** The newline step on already decoded text. */
    String process(String output, boolean fin) {
        if (pendingCR && (fin || !output.isEmpty())) {
            output = "\r" + output;
            pendingCR = false;
        }
        if (!fin && output.endsWith("\r")) {
            output = output.substring(0, output.length() - 1);
            pendingCR = true;
        }
        int cr = output.indexOf('\r');
        int lf = output.indexOf('\n');
        if (cr < 0) {
            if (lf >= 0) seen |= LF;
            return output;
        }
        int n = output.length();
        StringBuilder sb = translate ? new StringBuilder(n) : null;
        for (int i = 0; i < n; i++) {
            char c = output.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && output.charAt(i + 1) == '\n') {
                    seen |= CRLF;
                    i++;
                } else {
                    seen |= CR;
                }
                if (sb != null) sb.append('\n');
            } else {
                if (c == '\n') seen |= LF;
                if (sb != null) sb.append(c);
            }
        }
        return sb == null ? output : sb.toString();
    }

    PyObject decode(PyObject input, boolean fin) {
        PyObject out;
        if (decoder == PyNone.INSTANCE) out = input;
        else out = Ops.getAttr(decoder, "decode").call(new PyObject[]{input, PyBool.of(fin)}, new String[]{"final"});
        if (!(out instanceof PyStr)) {
            throw Err.typeError("decoder should return a string result, not '" + TypeNames.tpName(out.type()) + "'");
        }
        return PyStr.of(process(((PyStr) out).value, fin));
    }

    PyObject newlines() {
        switch (seen) {
            case 0: return PyNone.INSTANCE;
            case LF: return PyStr.of("\n");
            case CR: return PyStr.of("\r");
            case CRLF: return PyStr.of("\r\n");
            case CR | LF: return new PyTuple(PyStr.of("\r"), PyStr.of("\n"));
            case CR | CRLF: return new PyTuple(PyStr.of("\r"), PyStr.of("\r\n"));
            case LF | CRLF: return new PyTuple(PyStr.of("\n"), PyStr.of("\r\n"));
            default: return new PyTuple(PyStr.of("\r"), PyStr.of("\n"), PyStr.of("\r\n"));
        }
    }

    private static NewlineDecoder me(PyObject[] a, IoState st, String m) {
        return Io.self(a, NewlineDecoder.class, st.newlineDecoder, m);
    }

    static void fill(IoState st) {
        PyType t = st.newlineDecoder;
        Io.def(t, "__init__", (a, k) -> {
            PyObject[] p = Io.args("IncrementalNewlineDecoder", a, k, new String[]{"decoder", "translate", "errors"}, 2);
            NewlineDecoder d = me(a, st, "__init__");
            d.decoder = p[0];
            d.translate = Ops.isTrue(p[1]);
            d.seen = 0;
            d.pendingCR = false;
            return PyNone.INSTANCE;
        });
        Io.def(t, "decode", (a, k) -> {
            PyObject[] p = Io.args("decode", a, k, new String[]{"input", "final"}, 1);
            return me(a, st, "decode").decode(p[0], p[1] != null && Ops.isTrue(p[1]));
        });
        Io.def(t, "getstate", (a, k) -> {
            NewlineDecoder d = me(a, st, "getstate");
            PyObject buf = new PyBytes(new byte[0]);
            long flag = 0;
            if (d.decoder != PyNone.INSTANCE) {
                PyObject s = Io.call(d.decoder, "getstate");
                if (!(s instanceof PyTuple) || ((PyTuple) s).items.length != 2) throw Err.typeError("illegal decoder state");
                buf = ((PyTuple) s).items[0];
                flag = Ops.index(((PyTuple) s).items[1]);
            }
            flag <<= 1;
            if (d.pendingCR) flag |= 1;
            return new PyTuple(buf, PyInt.of(flag));
        });
        Io.def(t, "setstate", (a, k) -> {
            NewlineDecoder d = me(a, st, "setstate");
            Io.one(t, "setstate", a, k);
            if (!(a[1] instanceof PyTuple) || ((PyTuple) a[1]).items.length != 2) throw Err.typeError("state argument must be a tuple");
            long flag = Ops.index(((PyTuple) a[1]).items[1]);
            d.pendingCR = (flag & 1) != 0;
            if (d.decoder != PyNone.INSTANCE) Io.call(d.decoder, "setstate", new PyTuple(((PyTuple) a[1]).items[0], PyInt.of(flag >> 1)));
            return PyNone.INSTANCE;
        });
        Io.def(t, "reset", (a, k) -> {
            NewlineDecoder d = me(a, st, "reset");
            d.seen = 0;
            d.pendingCR = false;
            if (d.decoder != PyNone.INSTANCE) Io.call(d.decoder, "reset");
            return PyNone.INSTANCE;
        });
        Io.getter(t, "newlines", self -> ((NewlineDecoder) self).newlines());
    }
}
