package org.herthon.interpreter.modules.io;

import org.herthon.interpreter.runtime.*;

/** _io.StringIO: an in-memory text stream with CPython's newline handling. Positions are code points. */
final class StringIO extends IoObject {
    final StringBuilder buf = new StringBuilder();
    /** The position as a char index into buf (code points = chars while no surrogate pair was written). */
    int pos;
    boolean bmp = true;
    boolean released;
    String readnl = "\n";
    String writenl = "\n";
    boolean readuniversal;
    NewlineDecoder decoder;

    StringIO(IoState st, PyType cls) {
        super(st, cls);
    }

    void checkOpen() {
        if (released) throw Err.valueError("I/O operation on closed file");
    }

    void init(PyObject value, PyObject newline) {
        String nl = "\n";
        if (newline != null) {
            if (newline == PyNone.INSTANCE) nl = null;
            else if (!(newline instanceof PyStr)) throw Err.typeError("newline must be str or None, not " + TypeNames.tpName(newline.type()));
            else nl = ((PyStr) newline).value;
        }
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            throw Err.valueError("illegal newline value: " + Ops.repr(newline));
        }
        if (value != null && value != PyNone.INSTANCE && !(value instanceof PyStr)) {
            throw Err.typeError("initial_value must be str or None, not " + TypeNames.tpName(value.type()));
        }
        released = false;
        buf.setLength(0);
        pos = 0;
        bmp = true;
        readnl = nl;
        readuniversal = nl == null || nl.isEmpty();
        writenl = nl != null && nl.startsWith("\r") ? nl : "\n";
        decoder = readuniversal ? NewlineDecoder.of(st, nl == null) : null;
        if (value instanceof PyStr) {
            write(((PyStr) value).value);
            pos = 0;
        }
    }

    int cpPos() {
        return bmp ? pos : buf.codePointCount(0, pos);
    }

    int cpLen() {
        return bmp ? buf.length() : buf.codePointCount(0, buf.length());
    }

    /** Moves to code point position p (beyond the end: remembered as chars past it). */
    void setCpPos(long p) {
        if (bmp) {
            pos = (int) p;
            return;
        }
        int len = cpLen();
        if (p <= len) pos = buf.offsetByCodePoints(0, (int) p);
        else pos = buf.length() + (int) (p - len);
    }

    int write(String s) {
        checkOpen();
        int n = Io.codePoints(s);
        if (s.isEmpty()) return 0;
        String d = s;
        if (decoder != null) d = decoder.process(d, true);
        if (!writenl.equals("\n")) d = d.replace("\n", writenl);
        if (bmp) {
            for (int i = 0; i < d.length(); i++) {
                if (Character.isSurrogate(d.charAt(i))) {
                    bmp = false;
                    break;
                }
            }
        }
        int len = buf.length();
        if (pos > len) {
            for (int i = len; i < pos; i++) buf.append('\0');
        }
        if (pos == buf.length()) buf.append(d);
        else if (bmp) buf.replace(pos, Math.min(pos + d.length(), buf.length()), d);
        else buf.replace(pos, Io.advance(buf.toString(), pos, Io.codePoints(d)), d);
        pos += d.length();
        return n;
    }

    String read(long n) {
        checkOpen();
        int len = buf.length();
        if (pos >= len) return "";
        int end = n < 0 ? len : bmp ? (int) Math.min(len, pos + n) : Io.advance(buf.toString(), pos, n);
        String r = buf.substring(pos, end);
        pos = end;
        return r;
    }

    String readline(long limit) {
        checkOpen();
        int len = buf.length();
        if (pos >= len) return "";
        int end;
        if (readuniversal) {
            int i = pos;
            while (i < len) {
                char c = buf.charAt(i);
                if (c == '\n') { i++; break; }
                if (c == '\r') {
                    i++;
                    if (i < len && buf.charAt(i) == '\n') i++;
                    break;
                }
                i++;
            }
            end = i;
        } else {
            int i = buf.indexOf(readnl, pos);
            end = i < 0 ? len : i + readnl.length();
        }
        if (limit >= 0) {
            int lim = bmp ? (int) Math.min(len, pos + limit) : Io.advance(buf.toString(), pos, limit);
            if (end > lim) end = lim;
        }
        String r = buf.substring(pos, end);
        pos = end;
        return r;
    }

    @Override public PyObject pyNext() {
        if (cls == st.stringIO) {
            String l = readline(-1);
            return l.isEmpty() ? null : PyStr.of(l);
        }
        PyObject line = Io.call(this, "readline");
        if (!(line instanceof PyStr)) {
            throw Err.make(PyExc.OSError, "readline() should have returned a str object, not '" + TypeNames.tpName(line.type()) + "'");
        }
        return ((PyStr) line).value.isEmpty() ? null : line;
    }

    private static StringIO me(PyObject[] a, IoState st, String m) {
        return Io.self(a, StringIO.class, st.stringIO, m);
    }

    static void fill(IoState st) {
        PyType t = st.stringIO;
        Io.def(t, "__init__", (a, k) -> {
            PyObject[] p = Io.args("StringIO", a, k, new String[]{"initial_value", "newline"}, 0);
            me(a, st, "__init__").init(p[0], p[1]);
            return PyNone.INSTANCE;
        });
        Io.def(t, "getvalue", (a, k) -> {
            StringIO s = me(a, st, "getvalue");
            s.checkOpen();
            return PyStr.of(s.buf.toString());
        });
        Io.def(t, "read", (a, k) -> {
            PyObject[] p = Io.args("read", a, k, new String[]{"size"}, 0);
            return PyStr.of(me(a, st, "read").read(Io.size(p[0])));
        });
        Io.def(t, "readline", (a, k) -> {
            PyObject[] p = Io.args("readline", a, k, new String[]{"size"}, 0);
            return PyStr.of(me(a, st, "readline").readline(Io.size(p[0])));
        });
        Io.def(t, "write", (a, k) -> {
            StringIO s = me(a, st, "write");
            Io.one(t, "write", a, k);
            if (!(a[1] instanceof PyStr)) throw Err.typeError("string argument expected, got '" + TypeNames.tpName(a[1].type()) + "'");
            s.checkOpen();
            return PyInt.of(s.write(((PyStr) a[1]).value));
        });
        Io.def(t, "tell", (a, k) -> {
            StringIO s = me(a, st, "tell");
            s.checkOpen();
            return PyInt.of(s.cpPos());
        });
        Io.def(t, "seek", (a, k) -> {
            PyObject[] p = Io.args("seek", a, k, new String[]{"pos", "whence"}, 1);
            StringIO s = me(a, st, "seek");
            long pos = Ops.index(p[0]);
            long whence = p[1] == null ? 0 : Ops.index(p[1]);
            s.checkOpen();
            if (whence < 0 || whence > 2) throw Err.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
            if (pos < 0 && whence == 0) throw Err.valueError("Negative seek position " + pos);
            if (whence != 0 && pos != 0) throw Err.make(PyExc.OSError, "Can't do nonzero cur-relative seeks");
            if (whence == 1) pos = s.cpPos();
            else if (whence == 2) pos = s.cpLen();
            s.setCpPos(pos);
            return PyInt.of(pos);
        });
        Io.def(t, "truncate", (a, k) -> {
            PyObject[] p = Io.args("truncate", a, k, new String[]{"pos"}, 0);
            StringIO s = me(a, st, "truncate");
            s.checkOpen();
            long n = Io.isNone(p[0]) ? s.cpPos() : Ops.index(p[0]);
            if (n < 0) throw Err.valueError("Negative size value " + n);
            if (n < s.cpLen()) s.buf.setLength(s.bmp ? (int) n : s.buf.offsetByCodePoints(0, (int) n));
            return PyInt.of(n);
        });
        for (String n : new String[]{"readable", "writable", "seekable"}) {
            Io.def(t, n, (a, k) -> {
                me(a, st, n).checkOpen();
                return PyBool.TRUE;
            });
        }
        Io.def(t, "close", (a, k) -> {
            StringIO s = me(a, st, "close");
            s.released = true;
            s.ioClosed = true;
            s.buf.setLength(0);
            return PyNone.INSTANCE;
        });
        Io.getter(t, "closed", self -> PyBool.of(((StringIO) self).released));
        Io.getter(t, "line_buffering", self -> {
            ((StringIO) self).checkOpen();
            return PyBool.FALSE;
        });
        Io.getter(t, "newlines", self -> {
            StringIO s = (StringIO) self;
            s.checkOpen();
            return s.decoder == null ? PyNone.INSTANCE : s.decoder.newlines();
        });
        Io.def(t, "__next__", (a, k) -> {
            PyObject v = me(a, st, "__next__").pyNext();
            if (v == null) throw Err.make(PyExc.StopIteration);
            return v;
        });
        Io.def(t, "__getstate__", (a, k) -> {
            StringIO s = me(a, st, "__getstate__");
            s.checkOpen();
            return new PyTuple(PyStr.of(s.buf.toString()), s.readnl == null ? PyNone.INSTANCE : PyStr.of(s.readnl), PyInt.of(s.cpPos()),
                    s.dict.size() == 0 ? PyNone.INSTANCE : s.dict);
        });
        Io.def(t, "__setstate__", (a, k) -> {
            StringIO s = me(a, st, "__setstate__");
            PyObject[] v = Ops.toArray(a[1]);
            s.init(PyNone.INSTANCE, v[1]);
            s.buf.append(((PyStr) v[0]).value);
            s.bmp = ((PyStr) v[0]).isBmp();
            s.setCpPos(Ops.index(v[2]));
            return PyNone.INSTANCE;
        });
    }
}
