package org.herthon.interpreter.runtime;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** memoryview over bytes or bytearray (one-dimensional, C-contiguous or strided by slicing). */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = PyType.builtin("memoryview", PyType.OBJECT);

    final PyObject obj;
    /** Byte offset, number of items, step in items; itemsize from the format. */
    final int offset, count, step;
    final String format;
    final int itemsize;
    boolean released;

    PyMemoryView(PyObject obj, int offset, int count, int step, String format) {
        this.obj = obj;
        this.offset = offset;
        this.count = count;
        this.step = step;
        this.format = format;
        this.itemsize = itemSize(format);
        if (obj instanceof PyByteArray) ((PyByteArray) obj).exports++;
    }

    public static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView) {
            PyMemoryView m = (PyMemoryView) o;
            m.check();
            return new PyMemoryView(m.obj, m.offset, m.count, m.step, m.format);
        }
        if (o instanceof PyBytes) return new PyMemoryView(o, 0, ((PyBytes) o).data.length, 1, "B");
        if (o instanceof PyByteArray) return new PyMemoryView(o, 0, ((PyByteArray) o).size, 1, "B");
        throw Err.typeError("memoryview: a bytes-like object is required, not '" + o.type().name + "'");
    }

    static int itemSize(String f) {
        switch (f) {
            case "B": case "b": case "c": case "?": return 1;
            case "H": case "h": return 2;
            case "I": case "i": case "f": return 4;
            case "L": case "l": case "Q": case "q": case "d": case "N": case "n": case "P": return 8;
            default: throw Err.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
    }

    void check() {
        if (released) throw Err.valueError("operation forbidden on released memoryview object");
    }

    byte[] raw() { return obj instanceof PyBytes ? ((PyBytes) obj).data : ((PyByteArray) obj).data; }
    boolean readonly() { return obj instanceof PyBytes; }

    /** The bytes this view shows (a copy). */
    public byte[] bytes() {
        check();
        byte[] r = raw();
        byte[] out = new byte[count * itemsize];
        for (int i = 0; i < count; i++) System.arraycopy(r, offset + i * step * itemsize, out, i * itemsize, itemsize);
        return out;
    }

    PyObject item(int i) {
        byte[] r = raw();
        int at = offset + i * step * itemsize;
        ByteBuffer bb = ByteBuffer.wrap(r, at, itemsize).order(ByteOrder.nativeOrder());
        switch (format) {
            case "B": return PyInt.of(r[at] & 0xff);
            case "b": return PyInt.of(r[at]);
            case "c": return new PyBytes(new byte[]{r[at]});
            case "?": return PyBool.of(r[at] != 0);
            case "H": return PyInt.of(bb.getShort() & 0xffff);
            case "h": return PyInt.of(bb.getShort());
            case "I": return PyInt.of(bb.getInt() & 0xffffffffL);
            case "i": return PyInt.of(bb.getInt());
            case "f": return new PyFloat(bb.getFloat());
            case "d": return new PyFloat(bb.getDouble());
            case "L": case "Q": case "N": case "P": {
                long v = bb.getLong();
                return v >= 0 ? PyInt.of(v) : PyInt.of(new java.math.BigInteger(Long.toUnsignedString(v)));
            }
            default: return PyInt.of(bb.getLong());
        }
    }

    void setItem(int i, PyObject v) {
        byte[] r = raw();
        int at = offset + i * step * itemsize;
        ByteBuffer bb = ByteBuffer.wrap(r, at, itemsize).order(ByteOrder.nativeOrder());
        switch (format) {
            case "c": {
                byte[] b = BytesMethods.bufferOrNull(v);
                if (b == null || b.length != 1) throw Err.valueError("memoryview: invalid value for format 'c'");
                r[at] = b[0];
                return;
            }
            case "f": bb.putFloat((float) Slots.toFloat(v)); return;
            case "d": bb.putDouble(Slots.toFloat(v)); return;
            default: break;
        }
        if (!Arith.isInt(v)) throw Err.typeError("memoryview: invalid type for format '" + format + "'");
        long x = Ops.index(v);
        switch (format) {
            case "B": if (x < 0 || x > 255) throw Err.valueError("memoryview: invalid value for format 'B'"); r[at] = (byte) x; return;
            case "b": if (x < -128 || x > 127) throw Err.valueError("memoryview: invalid value for format 'b'"); r[at] = (byte) x; return;
            case "H": case "h": bb.putShort((short) x); return;
            case "I": case "i": bb.putInt((int) x); return;
            default: bb.putLong(x);
        }
    }

    @Override public PyType type() { return TYPE; }
    @Override public String pyRepr() {
        return released ? "<released memory at " + Ops.addressString(this) + ">" : "<memory at " + Ops.addressString(this) + ">";
    }
    @Override public boolean hasLen() { return true; }
    @Override public int pyLen() { check(); return count; }
    @Override public long pyHash() {
        check();
        if (!readonly()) throw Err.valueError("cannot hash writable memoryview object");
        return new PyBytes(bytes()).pyHash();
    }
    @Override public PyObject pyRichCompare(PyObject other, int op) {
        if (op != Ops.EQ && op != Ops.NE) return PyNotImplemented.INSTANCE;
        if (released || (other instanceof PyMemoryView && ((PyMemoryView) other).released)) return PyBool.of((this == other) == (op == Ops.EQ));
        byte[] o = BytesMethods.bufferOrNull(other);
        if (o == null) return PyNotImplemented.INSTANCE;
        boolean eq;
        if (other instanceof PyMemoryView && !((PyMemoryView) other).format.equals(format)) {
            eq = Ops.eqBool(tolist(), ((PyMemoryView) other).tolist());
        } else eq = java.util.Arrays.equals(bytes(), o);
        return PyBool.of(op == Ops.EQ ? eq : !eq);
    }
    PyList tolist() {
        check();
        PyObject[] items = new PyObject[count];
        for (int i = 0; i < count; i++) items[i] = item(i);
        return new PyList(items);
    }
    @Override public PyObject pyGetItem(PyObject key) {
        check();
        if (key instanceof PySlice) {
            long[] r = ((PySlice) key).indices(count);
            return new PyMemoryView(obj, offset + (int) r[0] * step * itemsize, (int) r[3], step * (int) r[2], format);
        }
        if (!Ops.hasIndex(key)) throw Err.typeError("memoryview: invalid slice key");
        long i = Ops.index(key);
        if (i < 0) i += count;
        if (i < 0 || i >= count) throw Err.indexError("index out of bounds on dimension 1");
        return item((int) i);
    }
    @Override public void pySetItem(PyObject key, PyObject value) {
        check();
        if (readonly()) throw Err.typeError("cannot modify read-only memory");
        if (key instanceof PySlice) {
            long[] r = ((PySlice) key).indices(count);
            byte[] src = BytesMethods.buffer(value);
            if (src.length != r[3] * itemsize) throw Err.valueError("memoryview assignment: lvalue and rvalue have different structures");
            byte[] d = raw();
            for (int i = 0; i < r[3]; i++) {
                int at = offset + ((int) r[0] + i * (int) r[2]) * step * itemsize;
                System.arraycopy(src, i * itemsize, d, at, itemsize);
            }
            return;
        }
        long i = Ops.index(key);
        if (i < 0) i += count;
        if (i < 0 || i >= count) throw Err.indexError("index out of bounds on dimension 1");
        setItem((int) i, value);
    }
    @Override public boolean isIterable() { return true; }
    @Override public PyObject pyIter() { return tolist().pyIter(); }

    void release() {
        if (!released) {
            released = true;
            if (obj instanceof PyByteArray) ((PyByteArray) obj).exports--;
        }
    }

    static void init() {
        PyType t = TYPE;
        t.baseAllowed = false;
        t.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            PyObject[] p = Args.bind("memoryview", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[]{"object"}, 1, 1);
            return of(p[0]);
        })));
        Slots.slots(t, "__repr__", "__hash__", "__len__", "__getitem__", "__setitem__", "__iter__", "compare");
        Slots.def1(t, "tobytes", s -> new PyBytes(((PyMemoryView) s).bytes()));
        Slots.def1(t, "tolist", s -> ((PyMemoryView) s).tolist());
        Slots.def(t, "hex", (a, k) -> BytesMethods.hex(((PyMemoryView) a[0]).bytes(), java.util.Arrays.copyOfRange(a, 1, a.length), k));
        Slots.def1(t, "release", s -> { ((PyMemoryView) s).release(); return PyNone.INSTANCE; });
        Slots.def1(t, "__enter__", s -> { ((PyMemoryView) s).check(); return s; });
        Slots.def(t, "__exit__", (a, k) -> { ((PyMemoryView) a[0]).release(); return PyNone.INSTANCE; });
        Slots.def1(t, "toreadonly", s -> {
            PyMemoryView m = (PyMemoryView) s;
            m.check();
            return new PyMemoryView(new PyBytes(m.bytes()), 0, m.count, 1, m.format);
        });
        Slots.def(t, "cast", (a, k) -> {
            PyMemoryView m = (PyMemoryView) a[0];
            PyObject[] p = Args.bind("cast", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[]{"format", "shape"}, 1, 2);
            m.check();
            String f = Args.str(p[0], "cast() argument 'format'");
            if (f.startsWith("@")) f = f.substring(1);
            int is = itemSize(f);
            if (m.step != 1) throw Err.typeError("memoryview: casts are restricted to C-contiguous views");
            int bytes = m.count * m.itemsize;
            if (bytes % is != 0) throw Err.typeError("memoryview: length is not a multiple of itemsize");
            if (!m.format.equals("B") && !m.format.equals("b") && !m.format.equals("c") && !f.equals("B") && !f.equals("b") && !f.equals("c")) {
                throw Err.typeError("memoryview: cannot cast between two non-byte formats");
            }
            return new PyMemoryView(m.obj, m.offset, bytes / is, 1, f);
        });
        PyGetSet.add(t, "obj", s -> { ((PyMemoryView) s).check(); return ((PyMemoryView) s).obj; });
        PyGetSet.add(t, "nbytes", s -> { PyMemoryView m = (PyMemoryView) s; m.check(); return PyInt.of((long) m.count * m.itemsize); });
        PyGetSet.add(t, "readonly", s -> { ((PyMemoryView) s).check(); return PyBool.of(((PyMemoryView) s).readonly()); });
        PyGetSet.add(t, "itemsize", s -> { ((PyMemoryView) s).check(); return PyInt.of(((PyMemoryView) s).itemsize); });
        PyGetSet.add(t, "format", s -> { ((PyMemoryView) s).check(); return PyStr.of(((PyMemoryView) s).format); });
        PyGetSet.add(t, "ndim", s -> { ((PyMemoryView) s).check(); return PyInt.of(1); });
        PyGetSet.add(t, "shape", s -> { ((PyMemoryView) s).check(); return new PyTuple(PyInt.of(((PyMemoryView) s).count)); });
        PyGetSet.add(t, "strides", s -> { PyMemoryView m = (PyMemoryView) s; m.check(); return new PyTuple(PyInt.of((long) m.step * m.itemsize)); });
        PyGetSet.add(t, "contiguous", s -> PyBool.of(((PyMemoryView) s).step == 1));
        PyGetSet.add(t, "c_contiguous", s -> PyBool.of(((PyMemoryView) s).step == 1));
    }
}
