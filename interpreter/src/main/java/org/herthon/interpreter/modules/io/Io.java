package org.herthon.interpreter.modules.io;

import org.herthon.interpreter.modules.Buffers;
import org.herthon.interpreter.runtime.*;

/** Helpers the _io types share: method calls by name (so Herthon overrides win), closed checks, argument conversions. */
final class Io {
    private Io() {}

    static final int DEFAULT_BUFFER_SIZE = 8192;

    static PyObject call(PyObject self, String name, PyObject... args) {
        return Ops.getAttr(self, name).call(args, null);
    }

    static boolean isClosed(PyObject self) {
        return Ops.isTrue(Ops.getAttr(self, "closed"));
    }

    static PyException closedFile() {
        return Err.valueError("I/O operation on closed file.");
    }

    /** _IOBase._checkClosed: looks up self.closed (a subclass's property counts). */
    static void checkClosed(PyObject self) {
        if (isClosed(self)) throw closedFile();
    }

    static boolean isNone(PyObject o) {
        return o == null || o == PyNone.INSTANCE;
    }

    /** A size argument: None or a missing one is -1. */
    static long size(PyObject o) {
        if (isNone(o)) return -1;
        if (!Arith.isInt(o) && o.type().lookup("__index__") == null) {
            throw Err.typeError("argument should be integer or None, not '" + o.type().name + "'");
        }
        return Ops.index(o);
    }

    static byte[] bytesLike(PyObject o) {
        return Buffers.bytes(o);
    }

    /** The bytes a read()/read1() call returned (null for None). */
    static byte[] readResult(PyObject r, String what) {
        if (r == PyNone.INSTANCE) return null;
        if (r instanceof PyBytes) return ((PyBytes) r).data;
        byte[] b = Buffers.bytesOrNull(r);
        if (b == null) throw Err.typeError(what + " should return bytes");
        return b;
    }

    static PyBytes bytes(byte[] b, int from, int to) {
        return new PyBytes(java.util.Arrays.copyOfRange(b, from, to));
    }

    static String str(PyObject o, String fname, String arg) {
        if (isNone(o)) return null;
        if (o instanceof PyStr) return ((PyStr) o).value;
        throw Err.typeError(fname + "() argument '" + arg + "' must be str or None, not " + o.type().name);
    }

    static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The char index n code points after from in s (clamped to the end). */
    static int advance(String s, int from, long n) {
        int end = s.length();
        if (n <= 0) return from;
        // every code point is at least one char: n chars or more is everything
        if (n >= end - from) return end;
        int i = from;
        for (long k = 0; k < n && i < end; k++) i += Character.charCount(s.codePointAt(i));
        return Math.min(i, end);
    }

    static void def(PyType t, String name, PyBuiltinFunction.Impl impl) {
        t.dict.putStr(name, PyBuiltinFunction.method(t.name, name, impl));
    }

    static void getter(PyType t, String name, PyBuiltinFunction.Impl1 g) {
        t.dict.putStr(name, new PyGetSet(t, name, g));
    }

    /** The self argument of a method of type t, cast to c. */
    static <T> T self(PyObject[] a, Class<T> c, PyType t, String method) {
        if (a.length == 0) throw Err.typeError("descriptor '" + method + "' of '" + TypeNames.tpName(t) + "' object needs an argument");
        if (!c.isInstance(a[0]) || !a[0].type().isSubtypeOf(t)) {
            throw Err.typeError("descriptor '" + method + "' for '" + TypeNames.tpName(t) + "' objects doesn't apply to a '"
                    + TypeNames.tpName(a[0].type()) + "' object");
        }
        return c.cast(a[0]);
    }

    /** Positional/keyword arguments after self, bound to names. */
    static PyObject[] args(String fname, PyObject[] a, String[] k, String[] names, int required) {
        return Args.bind(fname, java.util.Arrays.copyOfRange(a, 1, a.length), k, names, required, names.length);
    }

    /** A METH_O method's one argument after self, with CPython's "Type.name() takes exactly one argument". */
    static void one(PyType t, String name, PyObject[] a, String[] k) {
        if (a.length == 2 && (k == null || k.length == 0)) return;
        Args.one(t.name + "." + name, Types.rest(a), k);
    }

    static void noArgs(String fname, PyObject[] a, String[] k) {
        Args.noKw(fname, k);
        if (a.length > 1) throw Err.typeError(fname + "() takes no arguments (" + (a.length - 1) + " given)");
    }
}
