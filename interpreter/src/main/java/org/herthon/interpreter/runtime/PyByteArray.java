package org.herthon.interpreter.runtime;

import java.util.Arrays;

/** bytearray: a mutable sequence of bytes. */
public final class PyByteArray extends PyObject {
    public byte[] data;
    public int size;
    private final PyType cls;
    private final PyDict dict;
    /** Exports (memoryviews) that forbid resizing. */
    public int exports;

    public PyByteArray(PyType cls) {
        this.cls = cls == PyType.BYTEARRAY ? null : cls;
        this.dict = this.cls == null ? null : new PyDict();
        this.data = new byte[0];
    }
    public PyByteArray(byte[] d) { this.cls = null; this.dict = null; this.data = d; this.size = d.length; }

    @Override public PyType type() { return cls == null ? PyType.BYTEARRAY : cls; }
    @Override public PyDict getDict() { return dict; }

    public byte[] toBytes() { return Arrays.copyOf(data, size); }
    public void setBytes(byte[] b) { checkResize(b.length); data = b; size = b.length; }
    void checkResize(int newSize) {
        if (exports > 0 && newSize != size) throw Err.make(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
    }
    public void append(int b) {
        checkResize(size + 1);
        if (size == data.length) data = Arrays.copyOf(data, Math.max(16, size * 2));
        data[size++] = (byte) b;
    }
    public void appendAll(byte[] b) {
        checkResize(size + b.length);
        if (size + b.length > data.length) data = Arrays.copyOf(data, Math.max(size + b.length, size * 2));
        System.arraycopy(b, 0, data, size, b.length);
        size += b.length;
    }

    @Override public String pyRepr() {
        String r = PyBytes.repr(toBytes());
        return TypeNames.tpName(type()) + "(" + r + ")";
    }
    @Override public String pyStr() { return pyRepr(); }
    @Override public boolean pyBool() { return size > 0; }
    @Override public boolean hasLen() { return true; }
    @Override public int pyLen() { return size; }
    @Override public long pyHash() { throw Err.typeError("unhashable type: '" + type().name + "'"); }
    @Override public PyObject pyRichCompare(PyObject other, int op) {
        byte[] o = BytesMethods.bufferOrNull(other);
        if (o == null) return PyNotImplemented.INSTANCE;
        return PyBool.of(Ops.cmpResult(Arrays.compareUnsigned(data, 0, size, o, 0, o.length), op));
    }
    @Override public PyObject pyGetItem(PyObject key) {
        if (key instanceof PySlice) {
            long[] r = ((PySlice) key).indices(size);
            byte[] out = new byte[(int) r[3]];
            for (int i = 0, j = (int) r[0]; i < out.length; i++, j += (int) r[2]) out[i] = data[j];
            return new PyByteArray(out);
        }
        if (!Ops.hasIndex(key)) throw Err.typeError("bytearray indices must be integers or slices, not " + key.type().name);
        long i = Ops.index(key);
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw Err.indexError("bytearray index out of range");
        return PyInt.of(data[(int) i] & 0xff);
    }
    static int byteValue(PyObject v) {
        if (!Ops.hasIndex(v)) throw Err.typeError("'" + v.type().name + "' object cannot be interpreted as an integer");
        long x = Ops.index(v);
        if (x < 0 || x > 255) throw Err.valueError("byte must be in range(0, 256)");
        return (int) x;
    }
    @Override public void pySetItem(PyObject key, PyObject value) {
        if (key instanceof PySlice) {
            byte[] src;
            if (value instanceof PyStr) throw Err.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            src = BytesMethods.bufferOrNull(value);
            if (src == null) {
                if (Arith.isInt(value)) throw Err.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                PyObject[] items = Ops.toArray(value);
                src = new byte[items.length];
                for (int i = 0; i < items.length; i++) src[i] = (byte) byteValue(items[i]);
            } else src = src.clone();
            long[] r = ((PySlice) key).indices(size);
            int start = (int) r[0], step = (int) r[2], len = (int) r[3];
            if (step == 1) {
                int stop = Math.max(start, (int) r[1]);
                byte[] out = new byte[size - (stop - start) + src.length];
                System.arraycopy(data, 0, out, 0, start);
                System.arraycopy(src, 0, out, start, src.length);
                System.arraycopy(data, stop, out, start + src.length, size - stop);
                setBytes(out);
                return;
            }
            if (src.length != len) throw Err.valueError("attempt to assign bytes of size " + src.length + " to extended slice of size " + len);
            for (int i = 0, j = start; i < len; i++, j += step) data[j] = src[i];
            return;
        }
        if (!Ops.hasIndex(key)) throw Err.typeError("bytearray indices must be integers or slices, not " + key.type().name);
        long i = Ops.index(key);
        int b = byteValue(value);   // before the bounds check, as CPython (gh-91153)
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw Err.indexError("bytearray index out of range");
        data[(int) i] = (byte) b;
    }
    @Override public void pyDelItem(PyObject key) {
        if (key instanceof PySlice) {
            long[] r = ((PySlice) key).indices(size);
            int start = (int) r[0], step = (int) r[2], len = (int) r[3];
            boolean[] del = new boolean[size];
            for (int i = 0, j = start; i < len; i++, j += step) del[j] = true;
            byte[] out = new byte[size - len];
            int k = 0;
            for (int i = 0; i < size; i++) if (!del[i]) out[k++] = data[i];
            setBytes(out);
            return;
        }
        long i = Ops.index(key);
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw Err.indexError("bytearray index out of range");
        byte[] out = new byte[size - 1];
        System.arraycopy(data, 0, out, 0, (int) i);
        System.arraycopy(data, (int) i + 1, out, (int) i, size - (int) i - 1);
        setBytes(out);
    }
    @Override public int pyContains(PyObject item) { return BytesMethods.contains(toBytes(), item); }
    @Override public boolean isIterable() { return true; }
    @Override public PyObject pyIter() {
        PyByteArray self = this;
        return new Iterators.Base(BytesMethods.BYTEARRAY_ITERATOR) {
            int i;
            @Override public PyObject pyNext() { return i < self.size ? PyInt.of(self.data[i++] & 0xff) : null; }
        };
    }
}
