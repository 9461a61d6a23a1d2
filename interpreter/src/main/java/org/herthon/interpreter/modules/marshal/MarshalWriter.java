package org.herthon.interpreter.modules.marshal;

import static org.herthon.interpreter.modules.marshal.MarshalFormat.*;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.modules.Buffers;
import org.herthon.interpreter.runtime.*;
import org.herthon.interpreter.runtime.codec.Codecs;

/**
 * {@code marshal.dumps}: one value to bytes in CPython 3.11's format, so files written here load
 * in CPython and the other way round.
 *
 * <p>CPython sets {@link MarshalFormat#FLAG_REF} on an object whose reference count is above one,
 * which Java cannot know. The writer flags what is almost always shared in CPython: the value
 * given (the caller holds it), ints, floats, strings, bytes and tuples of constants (which live in
 * code objects' constants or caches), and a container that occurs more than once in the value.
 * So the bytes equal CPython's for the usual programs; either way they load to the same value.
 */
final class MarshalWriter {
    private final Interpreter in;
    private final int version;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    /** Flagged objects by identity, with their index in the reader's table; null below version 3. */
    private final Map<PyObject, Integer> refs;
    /** Containers met more than once in the value (true) or once (false). */
    private final Map<PyObject, Boolean> seen = new IdentityHashMap<>();
    /** The value given to dumps when it counts as shared; null for a set's element sorted on its own. */
    private PyObject given;
    private int depth;

    private MarshalWriter(Interpreter in, int version) {
        this.in = in;
        this.version = version;
        this.refs = version >= 3 ? new IdentityHashMap<>() : null;
    }

    /** The bytes of value; raises the "marshal.dumps" audit event first, as CPython does. */
    static byte[] dumps(Interpreter in, PyObject value, int version) {
        return dumps(in, value, version, true);
    }

    private static byte[] dumps(Interpreter in, PyObject value, int version, boolean held) {
        in.audit("marshal.dumps", value, PyInt.of(version));
        MarshalWriter w = new MarshalWriter(in, version);
        if (held) w.given = value;
        if (w.refs != null) w.findShared(value, 0);
        w.write(value);
        return w.out.toByteArray();
    }

    private void write(PyObject v) {
        if (++depth > MAX_DEPTH) throw Err.valueError("object too deeply nested to marshal");
        if (v == PyNone.INSTANCE) out.write(NONE);
        else if (v == PyExc.StopIteration) out.write(STOPITER);
        else if (v == PyEllipsis.INSTANCE) out.write(ELLIPSIS);
        else if (v == PyBool.FALSE) out.write(FALSE);
        else if (v == PyBool.TRUE) out.write(TRUE);
        else if (!writeRef(v)) writeValue(v, refs != null && refs.containsKey(v) ? FLAG_REF : 0);
        depth--;
    }

    /** Writes a reference to v if it was written before (true); otherwise enters it in the table if it is to be flagged. */
    private boolean writeRef(PyObject v) {
        if (refs == null) return false;
        Integer index = refs.get(v);
        if (index != null) {
            out.write(REF);
            writeInt32(index);
            return true;
        }
        if (flagged(v)) refs.put(v, refs.size());
        return false;
    }

    private boolean flagged(PyObject v) {
        if (v == given || isAtom(v.type())) return true;
        if (v.type() == PyType.TUPLE && isConstant(v)) return true;
        return seen.getOrDefault(v, false);
    }

    private static boolean isAtom(PyType t) {
        return t == PyType.INT || t == PyType.FLOAT || t == PyType.COMPLEX || t == PyType.STR || t == PyType.BYTES;
    }

    /** Whether v could be a compiler constant (CPython keeps those in co_consts: shared). */
    private static boolean isConstant(PyObject v) {
        if (v == PyNone.INSTANCE || v == PyEllipsis.INSTANCE || v instanceof PyBool || isAtom(v.type())) return true;
        if (v.type() != PyType.TUPLE) return false;
        for (PyObject item : ((PyTuple) v).items) if (!isConstant(item)) return false;
        return true;
    }

    /** Marks the containers that occur more than once in v (so they are written once and referred to). */
    private void findShared(PyObject v, int level) {
        PyType t = v.type();
        boolean container = t == PyType.TUPLE || t == PyType.LIST || t == PyType.DICT || t == PyType.SET || t == PyType.FROZENSET
                || (!isAtom(t) && Buffers.bytesOrNull(v) != null);
        if (!container || level > MAX_DEPTH) return;
        if (seen.containsKey(v)) {
            seen.put(v, true);
            return;
        }
        seen.put(v, false);
        if (t == PyType.TUPLE) for (PyObject item : ((PyTuple) v).items) findShared(item, level + 1);
        else if (t == PyType.LIST) {
            PyList l = (PyList) v;
            for (int i = 0; i < l.size; i++) findShared(l.items[i], level + 1);
        } else if (t == PyType.DICT) {
            PyDict d = (PyDict) v;
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                findShared(d.keys[i], level + 1);
                findShared(d.values[i], level + 1);
            }
        } else if (v instanceof PySet) {
            PySet s = (PySet) v;
            for (int i = s.nextSlot(0); i >= 0; i = s.nextSlot(i + 1)) findShared(s.slotKey(i), level + 1);
        }
    }

    private void writeValue(PyObject v, int flag) {
        PyType t = v.type();
        if (t == PyType.INT) writeInt(Arith.big(v), flag);
        else if (t == PyType.FLOAT) {
            double d = ((PyFloat) v).value;
            if (version > 1) {
                out.write(BINARY_FLOAT | flag);
                writeDouble(d);
            } else {
                out.write(FLOAT | flag);
                writeFloatText(d);
            }
        } else if (t == PyType.COMPLEX) {
            PyComplex c = (PyComplex) v;
            if (version > 1) {
                out.write(BINARY_COMPLEX | flag);
                writeDouble(c.real);
                writeDouble(c.imag);
            } else {
                out.write(COMPLEX | flag);
                writeFloatText(c.real);
                writeFloatText(c.imag);
            }
        } else if (t == PyType.BYTES) {
            out.write(STRING | flag);
            writeSized(((PyBytes) v).data);
        } else if (t == PyType.STR) writeStr(((PyStr) v).value, flag);
        else if (t == PyType.TUPLE) {
            PyObject[] items = ((PyTuple) v).items;
            if (version >= 4 && items.length < 256) {
                out.write(SMALL_TUPLE | flag);
                out.write(items.length);
            } else {
                out.write(TUPLE | flag);
                writeInt32(items.length);
            }
            for (PyObject item : items) write(item);
        } else if (t == PyType.LIST) {
            PyList l = (PyList) v;
            out.write(LIST | flag);
            writeInt32(l.size);
            for (int i = 0; i < l.size; i++) write(l.items[i]);
        } else if (t == PyType.DICT) {
            PyDict d = (PyDict) v;
            out.write(DICT | flag);
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                write(d.keys[i]);
                write(d.values[i]);
            }
            out.write(NULL);
        } else if (t == PyType.SET || t == PyType.FROZENSET) writeSet((PySet) v, flag);
        else {
            byte[] buffer = Buffers.bytesOrNull(v);
            if (buffer == null) throw Err.valueError("unmarshallable object");
            out.write(STRING | flag);
            writeSized(buffer);
        }
    }

    private void writeInt(BigInteger b, int flag) {
        if (b.bitLength() < 32) {
            out.write(INT | flag);
            writeInt32(b.intValue());
            return;
        }
        BigInteger abs = b.abs();
        int digits = (abs.bitLength() + LONG_SHIFT - 1) / LONG_SHIFT;
        out.write(LONG | flag);
        writeInt32(b.signum() < 0 ? -digits : digits);
        for (int i = 0; i < digits; i++) writeInt16(abs.shiftRight(i * LONG_SHIFT).intValue() & ((1 << LONG_SHIFT) - 1));
    }

    /**
     * Elements in the order of their own marshalled bytes, as CPython 3.11 writes them so that
     * equal sets give equal bytes whatever the hash seed (each element's bytes come from a
     * {@code dumps} of its own, with its own audit event, where it counts as held by the set only).
     */
    private void writeSet(PySet s, int flag) {
        out.write((s.frozen ? FROZENSET : SET) | flag);
        writeInt32(s.size());
        List<Object[]> pairs = new ArrayList<>(s.size());
        for (int i = s.nextSlot(0); i >= 0; i = s.nextSlot(i + 1)) {
            PyObject item = s.slotKey(i);
            pairs.add(new Object[]{dumps(in, item, version, false), item});
        }
        pairs.sort((a, b) -> Arrays.compareUnsigned((byte[]) a[0], (byte[]) b[0]));
        for (Object[] p : pairs) write((PyObject) p[1]);
    }

    private void writeStr(String s, int flag) {
        boolean interned = isNameChars(s);
        if (version >= 4 && isAscii(s)) {
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            if (b.length < 256) {
                out.write((interned ? SHORT_ASCII_INTERNED : SHORT_ASCII) | flag);
                out.write(b.length);
                out.writeBytes(b);
            } else {
                out.write((interned ? ASCII_INTERNED : ASCII) | flag);
                writeSized(b);
            }
            return;
        }
        out.write((version >= 3 && interned ? INTERNED : UNICODE) | flag);
        writeSized(Codecs.encode(s, "utf-8", "surrogatepass"));
    }

    /** CPython interns string constants made only of letters, digits and '_' (and marshal marks them so). */
    private static boolean isNameChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) return false;
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }

    /** Version 0 and 1 floats: repr-like text with 17 significant digits, one length byte. */
    private void writeFloatText(double d) {
        byte[] text = FloatFormat.general(d, 17, false, false).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(text.length);
        out.writeBytes(text);
    }

    private void writeSized(byte[] b) {
        writeInt32(b.length);
        out.writeBytes(b);
    }

    private void writeInt16(int v) {
        out.write(v & 0xff);
        out.write((v >>> 8) & 0xff);
    }

    private void writeInt32(int v) {
        writeInt16(v);
        writeInt16(v >>> 16);
    }

    private void writeDouble(double d) {
        long bits = Double.doubleToRawLongBits(d);
        writeInt32((int) bits);
        writeInt32((int) (bits >>> 32));
    }
}
