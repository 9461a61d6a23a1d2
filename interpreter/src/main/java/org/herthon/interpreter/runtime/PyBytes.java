package org.herthon.interpreter.runtime;

import java.util.Arrays;

public class PyBytes extends PyObject {
    public final byte[] data;
    public PyBytes(byte[] d) { this.data = d; }
    @Override public PyType type() { return PyType.BYTES; }

    static PyBytes concat(PyBytes a, PyBytes b) {
        byte[] r = Arrays.copyOf(a.data, a.data.length + b.data.length);
        System.arraycopy(b.data, 0, r, a.data.length, b.data.length);
        return new PyBytes(r);
    }
    static PyBytes repeat(PyBytes a, int n) {
        byte[] r = new byte[a.data.length * n];
        for (int i = 0; i < n; i++) System.arraycopy(a.data, 0, r, i * a.data.length, a.data.length);
        return new PyBytes(r);
    }
    public static String repr(byte[] data) {
        boolean hasSingle = false, hasDouble = false;
        for (byte b : data) { if (b == '\'') hasSingle = true; if (b == '"') hasDouble = true; }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (byte bb : data) {
            int c = bb & 0xff;
            if (c == q || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        return sb.append(q).toString();
    }
    @Override public String pyRepr() { return repr(data); }
    @Override public boolean pyBool() { return data.length > 0; }
    @Override public boolean hasLen() { return true; }
    @Override public int pyLen() { return data.length; }
    @Override public long pyHash() { return Arrays.hashCode(data); }
    @Override public PyObject pyRichCompare(PyObject other, int op) {
        if (!(other instanceof PyBytes)) return PyNotImplemented.INSTANCE;
        byte[] o = ((PyBytes) other).data;
        int c = Arrays.compareUnsigned(data, o);
        return PyBool.of(Ops.cmpResult(c, op));
    }
    @Override public PyObject pyGetItem(PyObject key) {
        if (key instanceof PySlice) {
            long[] r = ((PySlice) key).indices(data.length);
            byte[] out = new byte[(int) r[3]];
            for (int i = 0, j = (int) r[0]; i < out.length; i++, j += (int) r[2]) out[i] = data[j];
            return new PyBytes(out);
        }
        long i = Ops.index(key);
        if (i < 0) i += data.length;
        if (i < 0 || i >= data.length) throw Err.indexError("index out of range");
        return PyInt.of(data[(int) i] & 0xff);
    }
    @Override public int pyContains(PyObject item) {
        if (item instanceof PyInt) {
            long v = ((PyInt) item).value;
            for (byte b : data) if ((b & 0xff) == v) return 1;
            return 0;
        }
        if (item instanceof PyBytes) {
            byte[] n = ((PyBytes) item).data;
            outer:
            for (int i = 0; i + n.length <= data.length; i++) {
                for (int j = 0; j < n.length; j++) if (data[i + j] != n[j]) continue outer;
                return 1;
            }
            return 0;
        }
        throw Err.typeError("a bytes-like object is required, not '" + item.type().name + "'");
    }
    @Override public boolean isIterable() { return true; }
    @Override public PyObject pyIter() {
        PyObject[] items = new PyObject[data.length];
        for (int i = 0; i < data.length; i++) items[i] = PyInt.of(data[i] & 0xff);
        return new Iterators.ArrayIterator(items, items.length, PyType.ITERATOR);
    }

    /** Instances of Herthon subclasses of bytes. */
    public static final class Sub extends PyBytes {
        final PyType cls;
        final PyDict dict = new PyDict();
        public Sub(PyType cls, byte[] d) { super(d); this.cls = cls; }
        @Override public PyType type() { return cls; }
        @Override public PyDict getDict() { return dict; }
    }
}
