package org.herthon.interpreter.modules;

import static org.herthon.interpreter.modules.ModuleSupport.def;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/** CPython 3.11's _struct: formats, byte orders, native sizes and alignment of x86-64 Linux, struct.error. */
public final class StructModule implements JavaModule {
    @Override public String name() { return "_struct"; }

    static final PyType ERROR = errorType();

    private static PyType errorType() {
        PyType t = new PyType("error", true, new PyType[]{PyExc.Exception});
        t.dict.putStr("__module__", PyStr.of("struct"));
        t.dict.putStr("__doc__", PyNone.INSTANCE);
        return t;
    }

    static PyException error(String msg) { return Err.make(ERROR, msg); }

    /** One code of a format, with its repeat count and byte offset. */
    record Item(char code, int count, int offset, int size) {}

    /** A compiled format. */
    static final class Format {
        final String text;
        final boolean nativeMode, little;
        final List<Item> items = new ArrayList<>();
        int size, nitems;

        Format(String text) {
            this.text = text;
            int i = 0;
            char order = text.isEmpty() ? '@' : text.charAt(0);
            if ("@=<>!".indexOf(order) >= 0) i = 1;
            else order = '@';
            nativeMode = order == '@';
            little = order == '<' || order == '@' || order == '=';
            long total = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) { i++; continue; }
                long num = 1;
                if (c >= '0' && c <= '9') {
                    num = c - '0';
                    i++;
                    while (i < text.length() && Character.isDigit(text.charAt(i))) {
                        num = num * 10 + (text.charAt(i) - '0');
                        if (num > Integer.MAX_VALUE) throw error("total struct size too long");
                        i++;
                    }
                    if (i >= text.length()) throw error("repeat count given without format specifier");
                    c = text.charAt(i);
                }
                int sz = size(c, nativeMode);
                if (sz < 0) throw error("bad char in struct format");
                if (nativeMode) {
                    int al = sz;
                    if (c == 's' || c == 'p' || c == 'x' || c == 'c' || c == '?') al = 1;
                    total = (total + al - 1) / al * al;
                }
                items.add(new Item(c, (int) num, (int) total, sz));
                total += num * sz;
                if (total > Integer.MAX_VALUE) throw error("total struct size too long");
                if (c == 's' || c == 'p') nitems++;
                else if (c != 'x') nitems += num;
                i++;
            }
            size = (int) total;
        }

        static int size(char c, boolean nat) {
            switch (c) {
                case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
                case 'h': case 'H': case 'e': return 2;
                case 'i': case 'I': case 'f': return 4;
                case 'l': case 'L': return nat ? 8 : 4;
                case 'q': case 'Q': case 'd': return 8;
                case 'n': case 'N': case 'P': return nat ? 8 : -1;
                default: return -1;
            }
        }

        byte[] pack(PyObject[] args, int from) {
            int given = args.length - from;
            if (given != nitems) throw error("pack expected " + nitems + " items for packing (got " + given + ")");
            byte[] out = new byte[size];
            packInto(out, 0, args, from);
            return out;
        }

        void packInto(byte[] out, int base, PyObject[] args, int k) {
            for (Item it : items) {
                int off = base + it.offset;
                char c = it.code;
                if (c == 'x') continue;
                if (c == 's' || c == 'p') {
                    PyObject v = args[k++];
                    byte[] d;
                    if (v instanceof PyBytes || v.type().isSubtypeOf(PyType.BYTEARRAY)) d = Buffers.bytes(v);
                    else throw error("argument for '" + c + "' must be a bytes object");
                    if (c == 's') {
                        System.arraycopy(d, 0, out, off, Math.min(d.length, it.count));
                    } else if (it.count > 0) {
                        int n = Math.min(d.length, it.count - 1);
                        System.arraycopy(d, 0, out, off + 1, n);
                        out[off] = (byte) Math.min(n, 255);
                    }
                    continue;
                }
                for (int j = 0; j < it.count; j++) packOne(c, args[k++], out, off + j * it.size, it.size);
            }
        }

        private void packOne(char c, PyObject v, byte[] out, int off, int sz) {
            switch (c) {
                case 'c': {
                    if (!(v instanceof PyBytes) || ((PyBytes) v).data.length != 1) {
                        if (!(v.type().isSubtypeOf(PyType.BYTEARRAY) && Buffers.bytes(v).length == 1)) {
                            throw error("char format requires a bytes object of length 1");
                        }
                    }
                    out[off] = Buffers.bytes(v)[0];
                    return;
                }
                case '?': out[off] = (byte) (Ops.isTrue(v) ? 1 : 0); return;
                case 'e': putLong(out, off, 2, packHalf(floatArg(v)) & 0xffff); return;
                case 'f': {
                    double x = floatArg(v);
                    float y = (float) x;
                    if (!nativeMode && Float.isInfinite(y) && !Double.isInfinite(x)) throw Err.overflow("float too large to pack with f format");
                    putLong(out, off, 4, Float.floatToRawIntBits(y) & 0xffffffffL);
                    return;
                }
                case 'd': putLong(out, off, 8, Double.doubleToRawLongBits(floatArg(v))); return;
                default: break;
            }
            boolean signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
            BigInteger b = intArg(v);
            boolean nativeFn = c == 'b' || c == 'B' || ((c == 'h' || c == 'H') && little);
            if (c == 'P') {
                if (b.bitLength() > 64 || (b.signum() < 0 && b.bitLength() > 63)) throw error("argument out of range");
                putLong(out, off, sz, b.longValue());
                return;
            }
            if (signed || nativeFn ? b.bitLength() > 63 : (b.signum() < 0 || b.bitLength() > 64)) throw error("argument out of range");
            int bits = sz * 8;
            if (bits < 64) {
                boolean bad = signed ? b.bitLength() > bits - 1 : (b.signum() < 0 || b.bitLength() > bits);
                if (bad) {
                    if (c == 'b') throw error("byte format requires -128 <= number <= 127");
                    if (c == 'B') throw error("ubyte format requires 0 <= number <= 255");
                    if (c == 'h' && nativeFn) throw error("short format requires -32768 <= number <= 32767");
                    if (c == 'H' && nativeFn) throw error("ushort format requires 0 <= number <= 65535");
                    if (signed) throw error("'" + c + "' format requires " + (-(1L << (bits - 1))) + " <= number <= " + ((1L << (bits - 1)) - 1));
                    throw error("'" + c + "' format requires 0 <= number <= " + ((1L << bits) - 1));
                }
            }
            putLong(out, off, sz, b.longValue());
        }

        private void putLong(byte[] out, int off, int sz, long v) {
            for (int i = 0; i < sz; i++) {
                int at = little ? off + i : off + sz - 1 - i;
                out[at] = (byte) (v >>> (8 * i));
            }
        }

        private long getLong(byte[] in, int off, int sz) {
            long v = 0;
            for (int i = sz - 1; i >= 0; i--) {
                int at = little ? off + i : off + sz - 1 - i;
                v = (v << 8) | (in[at] & 0xff);
            }
            return v;
        }

        PyTuple unpack(byte[] in, int base) {
            PyObject[] out = new PyObject[nitems];
            int k = 0;
            for (Item it : items) {
                int off = base + it.offset;
                char c = it.code;
                if (c == 'x') continue;
                if (c == 's') {
                    out[k++] = new PyBytes(java.util.Arrays.copyOfRange(in, off, off + it.count));
                    continue;
                }
                if (c == 'p') {
                    int n = it.count == 0 ? 0 : in[off] & 0xff;
                    if (n >= it.count) n = it.count - 1;
                    out[k++] = new PyBytes(n <= 0 ? new byte[0] : java.util.Arrays.copyOfRange(in, off + 1, off + 1 + n));
                    continue;
                }
                for (int j = 0; j < it.count; j++) out[k++] = unpackOne(c, in, off + j * it.size, it.size);
            }
            return new PyTuple(out);
        }

        private PyObject unpackOne(char c, byte[] in, int off, int sz) {
            long v = getLong(in, off, sz);
            switch (c) {
                case 'c': return new PyBytes(new byte[]{in[off]});
                case '?': return PyBool.of(v != 0);
                case 'e': return new PyFloat(unpackHalf((int) v));
                case 'f': return new PyFloat(Float.intBitsToFloat((int) v));
                case 'd': return new PyFloat(Double.longBitsToDouble(v));
                case 'b': case 'h': case 'i': case 'l': case 'q': case 'n':
                    return PyInt.of(sz == 8 ? v : (v << (64 - 8 * sz)) >> (64 - 8 * sz));
                default:
                    if (sz == 8 && v < 0) return PyInt.of(new BigInteger(Long.toUnsignedString(v)));
                    return PyInt.of(v);
            }
        }
    }

    private static double floatArg(PyObject v) {
        if (v instanceof PyFloat) return ((PyFloat) v).value;
        if (Arith.isInt(v) || v.type().lookup("__float__") != null || v.type().lookup("__index__") != null) {
            return ModuleSupport.asDouble(v);
        }
        throw error("required argument is not a float");
    }

    private static BigInteger intArg(PyObject v) {
        if (Arith.isInt(v)) return Arith.big(v);
        if (v.type().lookup("__index__") != null && !(v instanceof PyFloat)) return ModuleSupport.bigIndex(v);
        throw error("required argument is not an integer");
    }

    /** PyFloat_Pack2: round-half-even to IEEE binary16. */
    static int packHalf(double x) {
        int sign, e, bits;
        if (x == 0.0) {
            sign = Math.copySign(1.0, x) == -1.0 ? 1 : 0;
            e = 0;
            bits = 0;
        } else if (Double.isInfinite(x)) {
            sign = x < 0 ? 1 : 0;
            e = 0x1f;
            bits = 0;
        } else if (Double.isNaN(x)) {
            sign = Math.copySign(1.0, x) == -1.0 ? 1 : 0;
            e = 0x1f;
            bits = 512;
        } else {
            sign = x < 0 ? 1 : 0;
            if (sign == 1) x = -x;
            int[] eo = new int[1];
            double f = PyFloat.frexp(x, eo);
            e = eo[0];
            f *= 2.0;
            e--;
            if (e >= 16) throw Err.overflow("float too large to pack with e format");
            else if (e < -25) { f = 0.0; e = 0; }
            else if (e < -14) { f = Math.scalb(f, 14 + e); e = 0; }
            else { e += 15; f -= 1.0; }
            f *= 1024.0;
            bits = (int) f;
            if (f - bits > 0.5 || (f - bits == 0.5 && bits % 2 == 1)) {
                bits++;
                if (bits == 1024) {
                    bits = 0;
                    e++;
                    if (e == 31) throw Err.overflow("float too large to pack with e format");
                }
            }
        }
        return bits | (e << 10) | (sign << 15);
    }

    static double unpackHalf(int v) {
        int sign = (v >> 15) & 1, e = (v >> 10) & 0x1f, f = v & 0x3ff;
        if (e == 0x1f) {
            if (f == 0) return sign == 1 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return sign == 1 ? -Double.NaN : Double.NaN;
        }
        double x = f / 1024.0;
        if (e == 0) e = -14;
        else { x += 1.0; e -= 15; }
        x = Math.scalb(x, e);
        return sign == 1 ? -x : x;
    }

    static String formatText(PyObject f, String who) {
        if (f instanceof PyStr) return ((PyStr) f).value;
        if (f instanceof PyBytes) return new String(((PyBytes) f).data, java.nio.charset.StandardCharsets.ISO_8859_1);
        throw Err.typeError(who + " argument 1 must be a str or bytes object, not " + f.type().name);
    }

    /** A Struct object. */
    static final class StructObject extends PyObject {
        final PyType cls;
        final PyDict dict;
        Format format;

        StructObject(PyType cls) {
            this.cls = cls;
            this.dict = cls == STRUCT ? null : new PyDict();
        }

        @Override public PyType type() { return cls; }
        @Override public PyDict getDict() { return dict; }

        Format fmt() {
            if (format == null) format = new Format("");
            return format;
        }
    }

    static final PyType STRUCT = structType();
    static final PyType UNPACK_ITERATOR = unpackIteratorType();

    static final class UnpackIterator extends PyObject {
        final Format format;
        final byte[] data;
        int pos;

        UnpackIterator(Format format, byte[] data) {
            this.format = format;
            this.data = data;
        }

        @Override public PyType type() { return UNPACK_ITERATOR; }
        @Override public boolean isIterator() { return true; }
        @Override public boolean isIterable() { return true; }
        @Override public PyObject pyIter() { return this; }
        @Override public PyObject pyNext() {
            if (pos + format.size > data.length) return null;
            PyTuple t = format.unpack(data, pos);
            pos += format.size;
            return t;
        }
    }

    private static PyType unpackIteratorType() {
        PyType t = ModuleSupport.newFinalType("_struct", "unpack_iterator");
        t.dict.putStr("__iter__", PyBuiltinFunction.method1("unpack_iterator", "__iter__", self -> self));
        t.dict.putStr("__next__", PyBuiltinFunction.method1("unpack_iterator", "__next__", self -> {
            PyObject v = self.pyNext();
            if (v == null) throw Err.make(PyExc.StopIteration);
            return v;
        }));
        t.dict.putStr("__length_hint__", PyBuiltinFunction.method1("unpack_iterator", "__length_hint__", self -> {
            UnpackIterator u = (UnpackIterator) self;
            return PyInt.of((u.data.length - u.pos) / u.format.size);
        }));
        return t;
    }

    static PyObject iterUnpack(Format f, PyObject buffer) {
        byte[] d = Buffers.bytes(buffer);
        if (f.size == 0) throw error("cannot iteratively unpack with a struct of length 0");
        if (d.length % f.size != 0) throw error("iterative unpacking requires a buffer of a multiple of " + f.size + " bytes");
        return new UnpackIterator(f, d);
    }

    static PyObject unpackFrom(Format f, PyObject buffer, PyObject offsetObj) {
        byte[] d = Buffers.bytes(buffer);
        long offset = offsetObj == null ? 0 : ModuleSupport.ssize(offsetObj);
        if (offset < 0) {
            if (offset + d.length < 0) throw error("offset " + offset + " out of range for " + d.length + "-byte buffer");
            offset += d.length;
        }
        if (d.length - offset < f.size) {
            throw error("unpack_from requires a buffer of at least " + (f.size + offset) + " bytes for unpacking " + f.size
                    + " bytes at offset " + offset + " (actual buffer size is " + d.length + ")");
        }
        return f.unpack(d, (int) offset);
    }

    static PyObject unpack(Format f, PyObject buffer) {
        byte[] d = Buffers.bytes(buffer);
        if (d.length != f.size) throw error("unpack requires a buffer of " + f.size + " bytes");
        return f.unpack(d, 0);
    }

    /** pack_into(buffer, offset, *v), args starting at index from. */
    static PyObject packInto(Format f, PyObject[] a, int from) {
        if (a.length - from < 1) throw error("pack_into expected buffer argument");
        if (a.length - from < 2) throw error("pack_into expected offset argument");
        int given = a.length - from - 2;
        if (given != f.nitems) throw error("pack_into expected " + f.nitems + " items for packing (got " + given + ")");
        PyObject buffer = a[from];
        if (!Buffers.isWritable(buffer)) {
            throw Err.typeError("argument must be read-write bytes-like object, not " + buffer.type().name);
        }
        int len = Buffers.bytes(buffer).length;
        long offset = ModuleSupport.ssize(a[from + 1]);
        if (offset < 0) {
            if (offset + f.size > 0) throw error("no space to pack " + f.size + " bytes at offset " + offset);
            if (offset + len < 0) throw error("offset " + offset + " out of range for " + len + "-byte buffer");
            offset += len;
        }
        if (len - offset < f.size) {
            throw error("pack_into requires a buffer of at least " + (f.size + offset) + " bytes for packing " + f.size
                    + " bytes at offset " + offset + " (actual buffer size is " + len + ")");
        }
        byte[] out = new byte[f.size];
        f.packInto(out, 0, a, from + 2);
        Buffers.write(buffer, (int) offset, out);
        return PyNone.INSTANCE;
    }

    private static PyType structType() {
        PyType t = ModuleSupport.newType("_struct", "Struct", StructObject::new);
        t.dict.putStr("__module__", PyStr.of("_struct"));
        ModuleSupport.method(t, "__init__", (a, k) -> {
            PyObject[] p = Args.bind("Struct", ModuleSupport.tail(a, 1), k, new String[]{"format"}, 1, 1);
            ((StructObject) a[0]).format = new Format(formatText(p[0], "Struct()"));
            return PyNone.INSTANCE;
        });
        ModuleSupport.method(t, "pack", (a, k) -> {
            Args.noKw("pack", k);
            return new PyBytes(((StructObject) a[0]).fmt().pack(a, 1));
        });
        ModuleSupport.method(t, "pack_into", (a, k) -> {
            Args.noKw("pack_into", k);
            return packInto(((StructObject) a[0]).fmt(), a, 1);
        });
        ModuleSupport.method(t, "unpack", (a, k) -> {
            Args.noKw("unpack", k);
            if (a.length != 2) throw Err.typeError("unpack() takes exactly one argument (" + (a.length - 1) + " given)");
            return unpack(((StructObject) a[0]).fmt(), a[1]);
        });
        ModuleSupport.method(t, "unpack_from", (a, k) -> {
            PyObject[] p = Args.bind("unpack_from", ModuleSupport.tail(a, 1), k, new String[]{"buffer", "offset"}, 1, 2);
            return unpackFrom(((StructObject) a[0]).fmt(), p[0], p[1]);
        });
        ModuleSupport.method(t, "iter_unpack", (a, k) -> {
            Args.noKw("iter_unpack", k);
            if (a.length != 2) throw Err.typeError("iter_unpack() takes exactly one argument (" + (a.length - 1) + " given)");
            return iterUnpack(((StructObject) a[0]).fmt(), a[1]);
        });
        PyGetSet.add(t, "format", self -> PyStr.of(((StructObject) self).fmt().text));
        PyGetSet.add(t, "size", self -> PyInt.of(((StructObject) self).fmt().size));
        return t;
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("_struct");
        m.dict.putStr("__doc__", PyStr.of(DOC));
        m.dict.putStr("error", ERROR);
        m.dict.putStr("Struct", STRUCT);
        def(m, "_clearcache", (a, k) -> PyNone.INSTANCE);
        def(m, "calcsize", (a, k) -> {
            Args.one("calcsize", a, k);
            return PyInt.of(new Format(formatText(a[0], "Struct()")).size);
        });
        def(m, "pack", (a, k) -> {
            Args.noKw("pack", k);
            if (a.length == 0) throw Err.typeError("missing format argument");
            return new PyBytes(new Format(formatText(a[0], "Struct()")).pack(a, 1));
        });
        def(m, "pack_into", (a, k) -> {
            Args.noKw("pack_into", k);
            if (a.length == 0) throw Err.typeError("missing format argument");
            return packInto(new Format(formatText(a[0], "Struct()")), a, 1);
        });
        def(m, "unpack", (a, k) -> {
            Args.noKw("unpack", k);
            Args.range("unpack", a, 2, 2);
            return unpack(new Format(formatText(a[0], "Struct()")), a[1]);
        });
        def(m, "unpack_from", (a, k) -> {
            if (a.length - (k == null ? 0 : k.length) < 1) throw Err.typeError("unpack_from() missing required argument 'format' (pos 1)");
            PyObject[] p = Args.bind("unpack_from", ModuleSupport.tail(a, 1), k, new String[]{"buffer", "offset"}, 1, 2);
            return unpackFrom(new Format(formatText(a[0], "Struct()")), p[0], p[1]);
        });
        def(m, "iter_unpack", (a, k) -> {
            Args.noKw("iter_unpack", k);
            Args.range("iter_unpack", a, 2, 2);
            return iterUnpack(new Format(formatText(a[0], "Struct()")), a[1]);
        });
        return m;
    }

    private static final String DOC = "Functions to convert between Python values and C structs.\n"
            + "Python bytes objects are used to hold the data representing the C struct\n"
            + "and also as format strings (explained below) to describe the layout of data\n"
            + "in the C struct.\n";
}
