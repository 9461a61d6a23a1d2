package org.herthon.interpreter.modules;

import static org.herthon.interpreter.modules.ModuleSupport.def;

import java.math.BigInteger;
import java.util.Arrays;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/** CPython 3.11's array module: typed arrays of machine values with x86-64 Linux sizes, as a buffer. */
public final class ArrayModule implements JavaModule {
    @Override public String name() { return "array"; }

    static final String TYPECODES = "bBuhHiIlLqQfd";

    static int itemSize(char tc) {
        switch (tc) {
            case 'b': case 'B': return 1;
            case 'h': case 'H': return 2;
            case 'i': case 'I': case 'f': case 'u': return 4;
            default: return 8;
        }
    }

    /** An array: items stored little-endian in a byte array, as in the machine's memory. */
    public static final class ArrayObject extends PyObject implements Buffers.Exporter {
        final PyType cls;
        PyDict dict;
        final char tc;
        final int size;
        byte[] data = new byte[0];
        int n;

        ArrayObject(PyType cls, char tc) {
            this.cls = cls;
            this.tc = tc;
            this.size = itemSize(tc);
            if (cls != ARRAY) dict = new PyDict();
        }

        @Override public PyType type() { return cls; }
        @Override public PyDict getDict() { return dict; }
        @Override public byte[] bufferBytes() { return Arrays.copyOf(data, n * size); }
        @Override public void writeBytes(int offset, byte[] d) { System.arraycopy(d, 0, data, offset, d.length); }

        void ensure(int items) {
            if ((long) items * size > data.length) data = Arrays.copyOf(data, Math.max(items * size, data.length * 2 + 16));
        }

        long raw(int i) {
            long v = 0;
            int off = i * size;
            for (int k = size - 1; k >= 0; k--) v = (v << 8) | (data[off + k] & 0xff);
            return v;
        }

        void putRaw(int i, long v) {
            int off = i * size;
            for (int k = 0; k < size; k++) data[off + k] = (byte) (v >>> (8 * k));
        }

        PyObject get(int i) {
            long v = raw(i);
            switch (tc) {
                case 'b': return PyInt.of((byte) v);
                case 'h': return PyInt.of((short) v);
                case 'i': return PyInt.of((int) v);
                case 'l': case 'q': return PyInt.of(v);
                case 'B': case 'H': case 'I': return PyInt.of(v);
                case 'L': case 'Q': return v < 0 ? PyInt.of(new BigInteger(Long.toUnsignedString(v))) : PyInt.of(v);
                case 'f': return new PyFloat(Float.intBitsToFloat((int) v));
                case 'd': return new PyFloat(Double.longBitsToDouble(v));
                default: return PyStr.of(new String(Character.toChars((int) v)));
            }
        }

        long encode(PyObject v) {
            switch (tc) {
                case 'f': return Float.floatToRawIntBits((float) ModuleSupport.asDouble(v)) & 0xffffffffL;
                case 'd': return Double.doubleToRawLongBits(ModuleSupport.asDouble(v));
                case 'u': {
                    if (!(v instanceof PyStr)) throw Err.typeError("array item must be unicode character");
                    String s = ((PyStr) v).value;
                    if (s.isEmpty() || s.codePointCount(0, s.length()) != 1) throw Err.typeError("array item must be unicode character");
                    return s.codePointAt(0);
                }
                default: return intItem(tc, v);
            }
        }

        void append(PyObject v) {
            long raw = encode(v);
            ensure(n + 1);
            putRaw(n++, raw);
        }

        String unicode() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) sb.appendCodePoint((int) raw(i));
            return sb.toString();
        }

        void fromBytes(byte[] b) {
            if (b.length % size != 0) throw Err.valueError("bytes length not a multiple of item size");
            int k = b.length / size;
            ensure(n + k);
            System.arraycopy(b, 0, data, n * size, b.length);
            n += k;
        }

        ArrayObject emptyLike() { return new ArrayObject(ARRAY, tc); }

        @Override public int pyLen() { return n; }
        @Override public boolean hasLen() { return true; }
        @Override public boolean isIterable() { return true; }
        @Override public PyObject pyIter() { return new ArrayIterator(this); }
        @Override public long pyHash() { throw Err.typeError("unhashable type: 'array.array'"); }
        @Override public int pyContains(PyObject item) {
            for (int i = 0; i < n; i++) if (Ops.eqBool(get(i), item)) return 1;
            return 0;
        }

        @Override public String pyRepr() {
            String name = cls.name;
            if (n == 0) return name + "('" + tc + "')";
            if (tc == 'u') return name + "('" + tc + "', " + PyStr.of(unicode()).pyRepr() + ")";
            StringBuilder sb = new StringBuilder(name).append("('").append(tc).append("', [");
            for (int i = 0; i < n; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Ops.repr(get(i)));
            }
            return sb.append("])").toString();
        }

        private int index(PyObject key) {
            long i = Ops.index(key);
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Err.indexError("array index out of range");
            return (int) i;
        }

        @Override public PyObject pyGetItem(PyObject key) {
            if (key instanceof PySlice) {
                long[] r = ((PySlice) key).indices(n);
                ArrayObject out = new ArrayObject(ARRAY, tc);
                out.ensure((int) r[3]);
                for (int i = 0, j = (int) r[0]; i < r[3]; i++, j += (int) r[2]) out.putRaw(i, raw(j));
                out.n = (int) r[3];
                return out;
            }
            if (!Ops.hasIndex(key)) throw Err.typeError("array indices must be integers");
            return get(index(key));
        }

        @Override public void pySetItem(PyObject key, PyObject value) {
            if (key instanceof PySlice) {
                if (!(value instanceof ArrayObject)) {
                    throw Err.typeError("can only assign array (not \"" + value.type().name + "\") to array slice");
                }
                ArrayObject other = (ArrayObject) value;
                if (other.tc != tc) throw Err.typeError("bad argument type for built-in operation");
                long[] r = ((PySlice) key).indices(n);
                long[] src = new long[other.n];
                for (int i = 0; i < other.n; i++) src[i] = other.raw(i);
                if (r[2] == 1) {
                    int start = (int) r[0], stop = (int) Math.max(r[0], r[1]);
                    long[] all = new long[n - (stop - start) + src.length];
                    int k = 0;
                    for (int i = 0; i < start; i++) all[k++] = raw(i);
                    for (long v : src) all[k++] = v;
                    for (int i = stop; i < n; i++) all[k++] = raw(i);
                    data = new byte[all.length * size];
                    n = all.length;
                    for (int i = 0; i < n; i++) putRaw(i, all[i]);
                    return;
                }
                if (src.length != r[3]) {
                    throw Err.valueError("attempt to assign array of size " + src.length + " to extended slice of size " + r[3]);
                }
                for (int i = 0, j = (int) r[0]; i < r[3]; i++, j += (int) r[2]) putRaw(j, src[i]);
                return;
            }
            if (!Ops.hasIndex(key)) throw Err.typeError("array indices must be integers");
            int i = (int) Ops.index(key);
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Err.indexError("array assignment index out of range");
            putRaw(i, encode(value));
        }

        @Override public void pyDelItem(PyObject key) {
            if (key instanceof PySlice) {
                long[] r = ((PySlice) key).indices(n);
                boolean[] drop = new boolean[n];
                for (int i = 0, j = (int) r[0]; i < r[3]; i++, j += (int) r[2]) drop[j] = true;
                removeWhere(drop);
                return;
            }
            if (!Ops.hasIndex(key)) throw Err.typeError("array indices must be integers");
            int i = (int) Ops.index(key);
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Err.indexError("array assignment index out of range");
            boolean[] drop = new boolean[n];
            drop[i] = true;
            removeWhere(drop);
        }

        void removeWhere(boolean[] drop) {
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (!drop[i]) {
                    if (k != i) System.arraycopy(data, i * size, data, k * size, size);
                    k++;
                }
            }
            n = k;
        }

        @Override public PyObject pyRichCompare(PyObject other, int op) {
            if (!(other instanceof ArrayObject)) return PyNotImplemented.INSTANCE;
            ArrayObject o = (ArrayObject) other;
            if (n != o.n && (op == Ops.EQ || op == Ops.NE)) return PyBool.of(op == Ops.NE);
            int m = Math.min(n, o.n);
            for (int i = 0; i < m; i++) {
                PyObject x = get(i), y = o.get(i);
                if (!Ops.eqBool(x, y)) {
                    if (op == Ops.EQ) return PyBool.FALSE;
                    if (op == Ops.NE) return PyBool.TRUE;
                    return Ops.richCompare(x, y, op);
                }
            }
            return PyBool.of(Ops.cmpResult(Integer.compare(n, o.n), op));
        }
    }

    static final class ArrayIterator extends PyObject {
        final ArrayObject a;
        int i;
        ArrayIterator(ArrayObject a) { this.a = a; }
        @Override public PyType type() { return ITERATOR; }
        @Override public boolean isIterator() { return true; }
        @Override public boolean isIterable() { return true; }
        @Override public PyObject pyIter() { return this; }
        @Override public PyObject pyNext() { return i < a.n ? a.get(i++) : null; }
    }

    static long intItem(char tc, PyObject v) {
        if (!Arith.isInt(v)) v = Ops.indexObj(v);
        BigInteger b = Arith.big(v);
        switch (tc) {
            case 'b': {
                long x = cLong(b);
                if (x < -32768) throw Err.overflow("signed short integer is less than minimum");
                if (x > 32767) throw Err.overflow("signed short integer is greater than maximum");
                if (x < -128) throw Err.overflow("signed char is less than minimum");
                if (x > 127) throw Err.overflow("signed char is greater than maximum");
                return x;
            }
            case 'B': {
                long x = cLong(b);
                if (x < 0) throw Err.overflow("unsigned byte integer is less than minimum");
                if (x > 255) throw Err.overflow("unsigned byte integer is greater than maximum");
                return x;
            }
            case 'h': {
                long x = cLong(b);
                if (x < -32768) throw Err.overflow("signed short integer is less than minimum");
                if (x > 32767) throw Err.overflow("signed short integer is greater than maximum");
                return x;
            }
            case 'H': {
                long x = cInt(b);
                if (x < 0) throw Err.overflow("unsigned short is less than minimum");
                if (x > 65535) throw Err.overflow("unsigned short is greater than maximum");
                return x;
            }
            case 'i': return cInt(b);
            case 'I': {
                long x = cULong(b);
                if (Long.compareUnsigned(x, 0xffffffffL) > 0) throw Err.overflow("unsigned int is greater than maximum");
                return x;
            }
            case 'l': return cLong(b);
            case 'L': return cULong(b);
            case 'q':
                if (b.bitLength() > 63) throw Err.overflow("int too big to convert");
                return b.longValue();
            default:
                if (b.signum() < 0) throw Err.overflow("can't convert negative int to unsigned");
                if (b.bitLength() > 64) throw Err.overflow("int too big to convert");
                return b.longValue();
        }
    }

    private static long cLong(BigInteger b) {
        if (b.bitLength() > 63) throw Err.overflow("Python int too large to convert to C long");
        return b.longValue();
    }

    private static long cInt(BigInteger b) {
        long x = cLong(b);
        if (x < Integer.MIN_VALUE) throw Err.overflow("signed integer is less than minimum");
        if (x > Integer.MAX_VALUE) throw Err.overflow("signed integer is greater than maximum");
        return x;
    }

    private static long cULong(BigInteger b) {
        if (b.signum() < 0) throw Err.overflow("can't convert negative value to unsigned int");
        if (b.bitLength() > 64) throw Err.overflow("Python int too large to convert to C unsigned long");
        return b.longValue();
    }

    static final PyType ARRAY = arrayType();
    static final PyType ITERATOR = iteratorType();

    private static PyType iteratorType() {
        PyType t = ModuleSupport.newFinalType("array", "arrayiterator");
        t.dict.putStr("__iter__", PyBuiltinFunction.method1("arrayiterator", "__iter__", self -> self));
        t.dict.putStr("__next__", PyBuiltinFunction.method1("arrayiterator", "__next__", self -> {
            PyObject v = self.pyNext();
            if (v == null) throw Err.make(PyExc.StopIteration);
            return v;
        }));
        return t;
    }

    static ArrayObject self(PyObject o) {
        if (!(o instanceof ArrayObject)) throw Err.typeError("descriptor requires a 'array.array' object but received '" + o.type().name + "'");
        return (ArrayObject) o;
    }

    static void extend(ArrayObject a, PyObject iterable) {
        if (iterable instanceof ArrayObject) {
            ArrayObject o = (ArrayObject) iterable;
            if (o.tc != a.tc) throw Err.typeError("can only extend with array of same kind");
            byte[] b = o.bufferBytes();
            a.ensure(a.n + o.n);
            System.arraycopy(b, 0, a.data, a.n * a.size, b.length);
            a.n += o.n;
            return;
        }
        PyObject it = Ops.iter(iterable);
        PyObject x;
        while ((x = Ops.next(it)) != null) a.append(x);
    }

    static ArrayObject make(PyType cls, char tc, PyObject init) {
        ArrayObject a = new ArrayObject(cls, tc);
        if (init == null) return a;
        if (init instanceof PyStr) {
            if (tc != 'u') throw Err.typeError("cannot use a str to initialize an array with typecode '" + tc + "'");
            String s = ((PyStr) init).value;
            s.codePoints().forEach(cp -> {
                a.ensure(a.n + 1);
                a.putRaw(a.n++, cp);
            });
            return a;
        }
        if (init instanceof ArrayObject && ((ArrayObject) init).tc == 'u' && tc != 'u') {
            throw Err.typeError("cannot use a unicode array to initialize an array with typecode '" + tc + "'");
        }
        if (init instanceof ArrayObject && ((ArrayObject) init).tc != tc) {
            ArrayObject o = (ArrayObject) init;
            for (int i = 0; i < o.n; i++) a.append(o.get(i));
            return a;
        }
        byte[] b = init instanceof ArrayObject ? null : Buffers.bytesOrNull(init);
        if (b != null) {
            a.fromBytes(b);
            return a;
        }
        extend(a, init);
        return a;
    }

    private static PyType arrayType() {
        PyType t = ModuleSupport.newHeapLikeType("array", "array", null);
        t.factory = cls -> new ArrayObject(cls, 'b');
        t.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            PyType cls = (PyType) a[0];
            if (k != null && k.length > 0 && cls == ARRAY) throw Err.typeError("array.array() takes no keyword arguments");
            int npos = a.length - 1 - (k == null ? 0 : k.length);
            if (npos < 1) throw Err.typeError("array() takes at least 1 argument (0 given)");
            if (npos > 2) throw Err.typeError("array() takes at most 2 arguments (" + npos + " given)");
            PyObject code = a[1];
            if (!(code instanceof PyStr) || ((PyStr) code).value.length() != 1) {
                throw Err.typeError("array() argument 1 must be a unicode character, not " + code.type().name);
            }
            char tc = ((PyStr) code).value.charAt(0);
            if (TYPECODES.indexOf(tc) < 0) throw Err.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
            return make(cls, tc, npos > 1 ? a[2] : null);
        })));
        t.dict.putStr("__init__", PyBuiltinFunction.method("array", "__init__", (a, k) -> PyNone.INSTANCE));
        ModuleSupport.method(t, "append", (a, k) -> { Args.noKw("append", k); self(a[0]).append(a[1]); return PyNone.INSTANCE; });
        ModuleSupport.method(t, "extend", (a, k) -> { Args.noKw("extend", k); extend(self(a[0]), a[1]); return PyNone.INSTANCE; });
        ModuleSupport.method(t, "insert", (a, k) -> {
            Args.noKw("insert", k);
            ArrayObject s = self(a[0]);
            long i = Ops.index(a[1]);
            long raw = s.encode(a[2]);
            if (i < 0) i = Math.max(0, i + s.n);
            if (i > s.n) i = s.n;
            s.ensure(s.n + 1);
            System.arraycopy(s.data, (int) i * s.size, s.data, ((int) i + 1) * s.size, (s.n - (int) i) * s.size);
            s.putRaw((int) i, raw);
            s.n++;
            return PyNone.INSTANCE;
        });
        ModuleSupport.method(t, "pop", (a, k) -> {
            Args.noKw("pop", k);
            ArrayObject s = self(a[0]);
            long i = a.length > 1 ? Ops.index(a[1]) : -1;
            if (s.n == 0) throw Err.indexError("pop from empty array");
            if (i < 0) i += s.n;
            if (i < 0 || i >= s.n) throw Err.indexError("pop index out of range");
            PyObject v = s.get((int) i);
            boolean[] drop = new boolean[s.n];
            drop[(int) i] = true;
            s.removeWhere(drop);
            return v;
        });
        ModuleSupport.method(t, "remove", (a, k) -> {
            ArrayObject s = self(a[0]);
            for (int i = 0; i < s.n; i++) {
                if (Ops.eqBool(s.get(i), a[1])) {
                    boolean[] drop = new boolean[s.n];
                    drop[i] = true;
                    s.removeWhere(drop);
                    return PyNone.INSTANCE;
                }
            }
            throw Err.valueError("array.remove(x): x not in array");
        });
        ModuleSupport.method(t, "index", (a, k) -> {
            ArrayObject s = self(a[0]);
            long start = a.length > 2 ? Ops.index(a[2]) : 0, stop = a.length > 3 ? Ops.index(a[3]) : Long.MAX_VALUE;
            if (start < 0) start = Math.max(0, start + s.n);
            if (stop < 0) stop = Math.max(0, stop + s.n);
            for (long i = start; i < Math.min(stop, s.n); i++) if (Ops.eqBool(s.get((int) i), a[1])) return PyInt.of(i);
            throw Err.valueError("array.index(x): x not in array");
        });
        ModuleSupport.method(t, "count", (a, k) -> {
            ArrayObject s = self(a[0]);
            int c = 0;
            for (int i = 0; i < s.n; i++) if (Ops.eqBool(s.get(i), a[1])) c++;
            return PyInt.of(c);
        });
        ModuleSupport.method(t, "reverse", (a, k) -> {
            ArrayObject s = self(a[0]);
            for (int i = 0, j = s.n - 1; i < j; i++, j--) {
                long x = s.raw(i);
                s.putRaw(i, s.raw(j));
                s.putRaw(j, x);
            }
            return PyNone.INSTANCE;
        });
        ModuleSupport.method(t, "byteswap", (a, k) -> {
            ArrayObject s = self(a[0]);
            for (int i = 0; i < s.n; i++) {
                int off = i * s.size;
                for (int x = off, y = off + s.size - 1; x < y; x++, y--) {
                    byte tmp = s.data[x];
                    s.data[x] = s.data[y];
                    s.data[y] = tmp;
                }
            }
            return PyNone.INSTANCE;
        });
        ModuleSupport.method(t, "buffer_info", (a, k) -> {
            ArrayObject s = self(a[0]);
            return new PyTuple(PyInt.of(Ops.id(s)), PyInt.of(s.n));
        });
        ModuleSupport.method(t, "tobytes", (a, k) -> new PyBytes(self(a[0]).bufferBytes()));
        ModuleSupport.method(t, "frombytes", (a, k) -> {
            Args.noKw("frombytes", k);
            self(a[0]).fromBytes(Buffers.bytes(a[1]));
            return PyNone.INSTANCE;
        });
        ModuleSupport.method(t, "tolist", (a, k) -> {
            ArrayObject s = self(a[0]);
            PyObject[] items = new PyObject[s.n];
            for (int i = 0; i < s.n; i++) items[i] = s.get(i);
            return new PyList(items);
        });
        ModuleSupport.method(t, "fromlist", (a, k) -> {
            ArrayObject s = self(a[0]);
            if (!(a[1] instanceof PyList)) throw Err.typeError("arg must be list");
            PyList l = (PyList) a[1];
            int before = s.n;
            try {
                for (int i = 0; i < l.size; i++) s.append(l.items[i]);
            } catch (PyException e) {
                s.n = before;
                throw e;
            }
            return PyNone.INSTANCE;
        });
        ModuleSupport.method(t, "tounicode", (a, k) -> {
            ArrayObject s = self(a[0]);
            if (s.tc != 'u') throw Err.valueError("tounicode() may only be called on unicode type arrays");
            return PyStr.of(s.unicode());
        });
        ModuleSupport.method(t, "fromunicode", (a, k) -> {
            ArrayObject s = self(a[0]);
            if (!(a[1] instanceof PyStr)) throw Err.typeError("fromunicode() argument must be str, not " + a[1].type().name);
            if (s.tc != 'u') throw Err.valueError("fromunicode() may only be called on unicode type arrays");
            ((PyStr) a[1]).value.codePoints().forEach(cp -> {
                s.ensure(s.n + 1);
                s.putRaw(s.n++, cp);
            });
            return PyNone.INSTANCE;
        });
        ModuleSupport.method(t, "tofile", (a, k) -> {
            ArrayObject s = self(a[0]);
            byte[] b = s.bufferBytes();
            PyObject write = Ops.getAttr(a[1], "write");
            for (int off = 0; off < b.length; off += 65536) {
                write.call1(new PyBytes(Arrays.copyOfRange(b, off, Math.min(b.length, off + 65536))));
            }
            return PyNone.INSTANCE;
        });
        ModuleSupport.method(t, "fromfile", (a, k) -> {
            ArrayObject s = self(a[0]);
            long count = Ops.index(a[2]);
            if (count < 0) throw Err.valueError("negative count");
            long nbytes = count * s.size;
            PyObject r = Ops.getAttr(a[1], "read").call1(PyInt.of(nbytes));
            if (!(r instanceof PyBytes)) throw Err.typeError("read() didn't return bytes");
            byte[] b = ((PyBytes) r).data;
            int whole = b.length / s.size * s.size;
            s.fromBytes(Arrays.copyOf(b, whole));
            if (b.length != nbytes) throw Err.make(PyExc.EOFError, "read() didn't return enough bytes");
            return PyNone.INSTANCE;
        });
        ModuleSupport.method(t, "__copy__", (a, k) -> make(ARRAY, self(a[0]).tc, a[0]));
        ModuleSupport.method(t, "__deepcopy__", (a, k) -> make(ARRAY, self(a[0]).tc, a[0]));
        ModuleSupport.method(t, "__reduce_ex__", (a, k) -> {
            ArrayObject s = self(a[0]);
            PyObject d = s.dict == null || s.dict.size() == 0 ? PyNone.INSTANCE : s.dict;
            long protocol = a.length > 1 ? Ops.index(a[1]) : 0;
            if (protocol < 3) {
                PyObject[] items = new PyObject[s.n];
                for (int i = 0; i < s.n; i++) items[i] = s.get(i);
                return new PyTuple(s.cls, new PyTuple(PyStr.of(String.valueOf(s.tc)), new PyList(items)), d);
            }
            PyObject recon = RECONSTRUCTOR;
            return new PyTuple(recon, new PyTuple(s.cls, PyStr.of(String.valueOf(s.tc)), PyInt.of(mformat(s.tc)),
                    new PyBytes(s.bufferBytes())), d);
        });
        t.dict.putStr("__class_getitem__", new PyClassMethod(PyBuiltinFunction.of("__class_getitem__",
                (a, k) -> new PyGenericAlias((PyType) a[0], a[1]))));
        PyGetSet.add(t, "typecode", s -> PyStr.of(String.valueOf(self(s).tc)));
        PyGetSet.add(t, "itemsize", s -> PyInt.of(self(s).size));
        t.dict.putStr("__len__", PyBuiltinFunction.method1("array", "__len__", s -> PyInt.of(s.pyLen())));
        t.dict.putStr("__iter__", PyBuiltinFunction.method1("array", "__iter__", PyObject::pyIter));
        t.dict.putStr("__getitem__", PyBuiltinFunction.method2("array", "__getitem__", PyObject::pyGetItem));
        t.dict.putStr("__setitem__", PyBuiltinFunction.method3("array", "__setitem__", (s, key, v) -> { s.pySetItem(key, v); return PyNone.INSTANCE; }));
        t.dict.putStr("__delitem__", PyBuiltinFunction.method2("array", "__delitem__", (s, key) -> { s.pyDelItem(key); return PyNone.INSTANCE; }));
        t.dict.putStr("__contains__", PyBuiltinFunction.method2("array", "__contains__", (s, x) -> PyBool.of(s.pyContains(x) == 1)));
        t.dict.putStr("__repr__", PyBuiltinFunction.method1("array", "__repr__", s -> PyStr.of(s.pyRepr())));
        ModuleSupport.slot(t, "__hash__", (a, k) -> { throw Err.typeError("unhashable type: 'array.array'"); });
        for (int op = 0; op < 6; op++) {
            final int o = op;
            ModuleSupport.slot(t, Ops.CMP_NAMES[op], (a, k) -> a[0].pyRichCompare(a[1], o));
        }
        ModuleSupport.slot(t, "__add__", (a, k) -> {
            ArrayObject s = self(a[0]);
            if (!(a[1] instanceof ArrayObject)) throw Err.typeError("can only append array (not \"" + a[1].type().name + "\") to array");
            if (((ArrayObject) a[1]).tc != s.tc) throw Err.typeError("bad argument type for built-in operation");
            ArrayObject r = make(ARRAY, s.tc, s);
            extend(r, a[1]);
            return r;
        });
        ModuleSupport.slot(t, "__iadd__", (a, k) -> {
            ArrayObject s = self(a[0]);
            if (!(a[1] instanceof ArrayObject)) throw Err.typeError("can only extend array with array (not \"" + a[1].type().name + "\")");
            if (((ArrayObject) a[1]).tc != s.tc) throw Err.typeError("bad argument type for built-in operation");
            extend(s, a[1]);
            return s;
        });
        PyBuiltinFunction.Impl mul = (a, k) -> {
            ArrayObject s = self(a[0]);
            if (!Ops.hasIndex(a[1])) throw Err.typeError("can't multiply sequence by non-int of type '" + a[1].type().name + "'");
            long times = Math.max(0, Ops.index(a[1]));
            ArrayObject r = new ArrayObject(ARRAY, s.tc);
            byte[] b = s.bufferBytes();
            r.data = new byte[(int) (b.length * times)];
            for (int i = 0; i < times; i++) System.arraycopy(b, 0, r.data, i * b.length, b.length);
            r.n = (int) (s.n * times);
            return r;
        };
        ModuleSupport.slot(t, "__mul__", mul);
        ModuleSupport.slot(t, "__rmul__", (a, k) -> Ops.hasIndex(a[1]) ? mul.call(a, k) : PyNotImplemented.INSTANCE);
        ModuleSupport.slot(t, "__imul__", (a, k) -> {
            ArrayObject s = self(a[0]);
            if (!Ops.hasIndex(a[1])) return PyNotImplemented.INSTANCE;
            ArrayObject r = (ArrayObject) mul.call(a, k);
            s.data = r.data;
            s.n = r.n;
            return s;
        });
        return t;
    }

    static int mformat(char tc) {
        switch (tc) {
            case 'b': return 1;
            case 'B': return 0;
            case 'h': return 4;
            case 'H': return 2;
            case 'i': return 8;
            case 'I': return 6;
            case 'l': case 'q': return 12;
            case 'L': case 'Q': return 10;
            case 'f': return 14;
            case 'd': return 16;
            default: return 20;
        }
    }

    static final PyBuiltinFunction RECONSTRUCTOR = reconstructor();

    private static PyBuiltinFunction reconstructor() {
        PyBuiltinFunction f = PyBuiltinFunction.of("_array_reconstructor", (a, k) -> {
            Args.noKw("_array_reconstructor", k);
            Args.range("_array_reconstructor", a, 4, 4);
            if (!(a[0] instanceof PyType)) throw Err.typeError("first argument must be a type object, not " + a[0].type().name);
            PyType cls = (PyType) a[0];
            if (!cls.isSubtypeOf(ARRAY)) throw Err.typeError(cls.name + " is not a subtype of array.array");
            String tcs = Args.str(a[1], "_array_reconstructor() argument 2");
            char tc = tcs.isEmpty() ? '?' : tcs.charAt(0);
            if (tcs.length() != 1 || TYPECODES.indexOf(tc) < 0) throw Err.valueError("second argument must be a valid type code");
            long code = Ops.index(a[2]);
            if (code != mformat(tc)) throw Err.valueError("third argument must be a valid machine format code.");
            ArrayObject r = new ArrayObject(cls, tc);
            r.fromBytes(Buffers.bytes(a[3]));
            return r;
        });
        f.module = PyStr.of("array");
        return f;
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("array");
        m.dict.putStr("array", ARRAY);
        m.dict.putStr("ArrayType", ARRAY);
        m.dict.putStr("typecodes", PyStr.of(TYPECODES));
        m.dict.putStr("_array_reconstructor", RECONSTRUCTOR);
        return m;
    }
}
