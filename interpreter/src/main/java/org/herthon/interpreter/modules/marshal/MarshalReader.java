package org.herthon.interpreter.modules.marshal;

import static org.herthon.interpreter.modules.marshal.MarshalFormat.*;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.herthon.interpreter.runtime.*;
import org.herthon.interpreter.runtime.codec.Codecs;

/**
 * {@code marshal.loads} and {@code marshal.load}: one value from CPython 3.11's format, with
 * CPython's errors for bad data (EOFError when it ends early, ValueError for a bad type code,
 * size, digit or reference, TypeError for a NULL where an object must be).
 */
final class MarshalReader {
    /** Where the bytes come from: a buffer (loads) or a file's read method (load). */
    interface Source {
        /** The next byte, or -1 at the end. */
        int readByte();

        /** Exactly n bytes, or EOFError with this source's message. */
        byte[] read(int n);

        /** An upper bound of the bytes left (Integer.MAX_VALUE when unknown), to size containers by. */
        int remaining();
    }

    private final Source in;
    /** The reference table; a null entry is reserved for a frozenset still being read. */
    private final List<PyObject> refs = new ArrayList<>();
    private int depth;

    MarshalReader(Source in) {
        this.in = in;
    }

    /** The value, as CPython's read_object: a NULL at the top is a TypeError. */
    PyObject readValue() {
        PyObject v = read();
        if (v == null) throw Err.typeError("NULL object in marshal data for object");
        return v;
    }

    /** One object, or null for a NULL code (the end of a dict, or bad data the caller reports). */
    private PyObject read() {
        int code = in.readByte();
        if (code < 0) throw eof();
        if (++depth > MAX_DEPTH) {
            depth--;
            throw Err.valueError("recursion limit exceeded");
        }
        try {
            boolean flag = (code & FLAG_REF) != 0;
            switch (code & ~FLAG_REF) {
                case NULL: return null;
                case NONE: return PyNone.INSTANCE;
                case STOPITER: return PyExc.StopIteration;
                case ELLIPSIS: return PyEllipsis.INSTANCE;
                case FALSE: return PyBool.FALSE;
                case TRUE: return PyBool.TRUE;
                case INT: return ref(flag, PyInt.of(int32()));
                case INT64: return ref(flag, PyInt.of(int32() & 0xffffffffL | (long) int32() << 32));
                case LONG: return ref(flag, readLong());
                case FLOAT: return ref(flag, PyFloat.of(floatText()));
                case BINARY_FLOAT: return ref(flag, PyFloat.of(binaryDouble()));
                case COMPLEX: {
                    double re = floatText();
                    return ref(flag, new PyComplex(re, floatText()));
                }
                case BINARY_COMPLEX: {
                    double re = binaryDouble();
                    return ref(flag, new PyComplex(re, binaryDouble()));
                }
                case STRING: return ref(flag, new PyBytes(in.read(size("bytes object"))));
                case UNICODE: case INTERNED:
                    return ref(flag, PyStr.of(Codecs.decode(in.read(size("string")), "utf-8", "surrogatepass")));
                case ASCII: case ASCII_INTERNED: return ref(flag, latin1(size("string")));
                case SHORT_ASCII: case SHORT_ASCII_INTERNED: return ref(flag, latin1(byteOrEof()));
                case SMALL_TUPLE: return readTuple(flag, byteOrEof());
                case TUPLE: return readTuple(flag, size("tuple"));
                case LIST: return readList(flag, size("list"));
                case DICT: return readDict(flag);
                case SET: return readSet(flag, size("set"), false);
                case FROZENSET: return readSet(flag, size("set"), true);
                case REF: {
                    int n = int32();
                    if (n < 0 || n >= refs.size() || refs.get(n) == null) throw bad("invalid reference");
                    return refs.get(n);
                }
                case CODE: throw bad("code objects cannot be loaded: Herthon does not run CPython bytecode");
                default: throw bad("unknown type code");
            }
        } finally {
            depth--;
        }
    }

    private PyObject ref(boolean flag, PyObject v) {
        if (flag) refs.add(v);
        return v;
    }

    private PyObject readLong() {
        int n = int32();
        if (n == Integer.MIN_VALUE) throw bad("long size out of range");
        int digits = Math.abs(n);
        BigInteger value = BigInteger.ZERO;
        int last = 0;
        for (int i = 0; i < digits; i++) {
            byte[] b = in.read(2);
            int d = (b[0] & 0xff) | (b[1] & 0xff) << 8;
            if (d >= 1 << LONG_SHIFT) throw bad("digit out of range in long");
            value = value.or(BigInteger.valueOf(d).shiftLeft(i * LONG_SHIFT));
            last = d;
        }
        if (digits > 0 && last == 0) throw bad("unnormalized long data");
        return PyInt.of(n < 0 ? value.negate() : value);
    }

    private PyObject readTuple(boolean flag, int n) {
        if (n == 0) return ref(flag, PyTuple.EMPTY);
        if (n <= in.remaining() && n <= 1 << 16) {
            // Entered before its items, as in CPython, so an item may refer back to the tuple.
            PyObject[] items = new PyObject[n];
            PyTuple t = (PyTuple) ref(flag, new PyTuple(items));
            for (int i = 0; i < n; i++) items[i] = item("tuple");
            return t;
        }
        int slot = reserve(flag);
        List<PyObject> items = new ArrayList<>();
        for (int i = 0; i < n; i++) items.add(item("tuple"));
        return fill(slot, PyTuple.of(items));
    }

    private PyObject readList(boolean flag, int n) {
        PyList l = (PyList) ref(flag, new PyList(Math.min(n, Math.min(in.remaining(), 1 << 16))));
        for (int i = 0; i < n; i++) l.append(item("list"));
        return l;
    }

    private PyObject readDict(boolean flag) {
        PyDict d = (PyDict) ref(flag, new PyDict());
        while (true) {
            PyObject key = read();
            if (key == null) break;
            PyObject value = read();
            if (value == null) break;
            d.put(key, value);
        }
        return d;
    }

    private PyObject readSet(boolean flag, int n, boolean frozen) {
        if (frozen) {
            // A frozenset is complete only after its items: until then a reference to it is invalid.
            int slot = reserve(flag);
            PySet s = new PySet(true);
            for (int i = 0; i < n; i++) s.add(item("set"));
            return fill(slot, s);
        }
        PySet s = (PySet) ref(flag, new PySet(false));
        for (int i = 0; i < n; i++) s.add(item("set"));
        return s;
    }

    private int reserve(boolean flag) {
        if (!flag) return -1;
        refs.add(null);
        return refs.size() - 1;
    }

    private PyObject fill(int slot, PyObject v) {
        if (slot >= 0) refs.set(slot, v);
        return v;
    }

    private PyObject item(String container) {
        PyObject v = read();
        if (v == null) throw Err.typeError("NULL object in marshal data for " + container);
        return v;
    }

    /** A 32-bit size that must not be negative. */
    private int size(String what) {
        int n = int32();
        if (n < 0) throw bad(what + " size out of range");
        return n;
    }

    private int byteOrEof() {
        int b = in.readByte();
        if (b < 0) throw eof();
        return b;
    }

    private int int32() {
        byte[] b = in.read(4);
        return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | b[3] << 24;
    }

    private double binaryDouble() {
        long lo = int32() & 0xffffffffL;
        return Double.longBitsToDouble(lo | (long) int32() << 32);
    }

    /** Version 0 and 1 floats: text after a length byte, read as float() reads a str. */
    private double floatText() {
        String text = new String(in.read(byteOrEof()), StandardCharsets.ISO_8859_1);
        return ((PyFloat) PyType.FLOAT.call1(PyStr.of(text))).value;
    }

    private PyStr latin1(int n) {
        return PyStr.of(new String(in.read(n), StandardCharsets.ISO_8859_1));
    }

    private static PyException eof() {
        return Err.make(PyExc.EOFError, "EOF read where object expected");
    }

    private static PyException bad(String what) {
        return Err.valueError("bad marshal data (" + what + ")");
    }
}
