package org.herthon.interpreter.runtime;

import java.util.Arrays;

public final class PyList extends PyObject {
    public PyObject[] items;
    public int size;
    private final PyType cls;
    private PyDict dict;

    public PyList() { this.items = EMPTY; this.cls = null; if (GcTracker.on) GcTracker.register(this); }
    public PyList(PyType cls) { this.items = EMPTY; this.cls = cls == PyType.LIST ? null : cls; if (this.cls != null) dict = new PyDict(); }
    public PyList(PyObject[] items) { this.items = items; this.size = items.length; this.cls = null; if (GcTracker.on) GcTracker.register(this); }
    public PyList(PyObject[] items, int size) { this.items = items; this.size = size; this.cls = null; }
    public PyList(int capacity) { this.items = capacity == 0 ? EMPTY : new PyObject[capacity]; this.cls = null; }

    @Override public PyType type() { return cls == null ? PyType.LIST : cls; }
    public static boolean isExact(PyObject o) { return o instanceof PyList && ((PyList) o).cls == null; }
    @Override public PyDict getDict() { return dict; }

    public PyObject get(int i) { return items[i]; }
    public void append(PyObject o) {
        if (size == items.length) items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        items[size++] = o;
    }
    public void ensure(int cap) { if (cap > items.length) items = Arrays.copyOf(items, Math.max(cap, size + (size >> 1) + 1)); }
    public PyObject[] toArray() { return Arrays.copyOf(items, size); }

    public void insert(long idx, PyObject o) {
        int n = size;
        if (idx < 0) { idx += n; if (idx < 0) idx = 0; }
        if (idx > n) idx = n;
        ensure(n + 1);
        System.arraycopy(items, (int) idx, items, (int) idx + 1, n - (int) idx);
        items[(int) idx] = o;
        size = n + 1;
    }
    public PyObject remove(int idx) {
        PyObject o = items[idx];
        System.arraycopy(items, idx + 1, items, idx, size - idx - 1);
        items[--size] = null;
        return o;
    }
    public void extend(PyObject iterable) {
        if (isExact(iterable) || iterable == this) {
            PyList l = (PyList) iterable;
            int n = l.size;
            ensure(size + n);
            System.arraycopy(l.items, 0, items, size, n);
            size += n;
            return;
        }
        if (iterable.getClass() == PyTuple.class) {
            PyObject[] a = ((PyTuple) iterable).items;
            ensure(size + a.length);
            System.arraycopy(a, 0, items, size, a.length);
            size += a.length;
            return;
        }
        PyObject it = Ops.iter(iterable);
        Ops.lengthHint(iterable);
        PyObject x;
        while ((x = Ops.next(it)) != null) append(x);
    }

    @Override public String pyRepr() {
        if (size == 0) return "[]";
        if (!Ops.reprEnter(this)) return "[...]";
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < size; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Ops.repr(items[i]));
            }
            return sb.append(']').toString();
        } finally { Ops.reprLeave(this); }
    }
    @Override public boolean pyBool() { return size != 0; }
    @Override public boolean hasLen() { return true; }
    @Override public int pyLen() { return size; }
    @Override public long pyHash() { throw Err.typeError("unhashable type: '" + type().name + "'"); }
    @Override public PyObject pyRichCompare(PyObject other, int op) {
        if (!(other instanceof PyList)) return PyNotImplemented.INSTANCE;
        PyList o = (PyList) other;
        if ((op == Ops.EQ || op == Ops.NE) && size != o.size) return PyBool.of(op == Ops.NE);
        // An item's __eq__ may change either list: read both afresh at every step (as list_richcompare does).
        int i = 0;
        for (; i < size && i < o.size; i++) {
            PyObject a = items[i], b = o.items[i];
            if (a != b && !Ops.eqBool(a, b)) break;
        }
        if (i >= size || i >= o.size) {
            int c = Integer.compare(size, o.size);
            boolean r;
            switch (op) {
                case Ops.LT: r = c < 0; break;
                case Ops.LE: r = c <= 0; break;
                case Ops.EQ: r = c == 0; break;
                case Ops.NE: r = c != 0; break;
                case Ops.GT: r = c > 0; break;
                default: r = c >= 0;
            }
            return PyBool.of(r);
        }
        if (op == Ops.EQ) return PyBool.FALSE;
        if (op == Ops.NE) return PyBool.TRUE;
        return Ops.richCompare(items[i], o.items[i], op);
    }

    public int normIndex(PyObject key, String what) {
        long i;
        if (key instanceof PyInt) i = ((PyInt) key).value;
        else if (Ops.hasIndex(key)) i = Ops.index(key);
        else throw Err.typeError("list indices must be integers or slices, not " + key.type().name);
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw Err.indexError(what);
        return (int) i;
    }

    @Override public PyObject pyGetItem(PyObject key) {
        if (key instanceof PyInt) {
            long i = ((PyInt) key).value;
            if (i < 0) i += size;
            if (i < 0 || i >= size) throw Err.indexError("list index out of range");
            return items[(int) i];
        }
        if (key instanceof PySlice) {
            long[] r = ((PySlice) key).indices(size);
            int start = (int) r[0], step = (int) r[2], len = (int) r[3];
            PyObject[] out = new PyObject[len];
            if (step == 1) System.arraycopy(items, start, out, 0, len);
            else for (int i = 0, j = start; i < len; i++, j += step) out[i] = items[j];
            return new PyList(out);
        }
        return items[normIndex(key, "list index out of range")];
    }

    @Override public void pySetItem(PyObject key, PyObject value) {
        if (key instanceof PySlice) { setSlice((PySlice) key, value); return; }
        items[normIndex(key, "list assignment index out of range")] = value;
    }

    private void setSlice(PySlice s, PyObject value) {
        long[] r0 = s.indices(size);   // a zero step fails before the value is looked at
        if (value != this && !Ops.isIterable(value)) {
            throw Err.typeError(r0[2] == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
        }
        PyObject[] vals = (value == this) ? toArray() : Ops.toArray(value);
        long[] r = s.indices(size);
        int start = (int) r[0], stop = (int) r[1], step = (int) r[2], len = (int) r[3];
        if (step == 1) {
            if (stop < start) stop = start;
            int newSize = size - (stop - start) + vals.length;
            PyObject[] n = new PyObject[Math.max(newSize, 8)];
            System.arraycopy(items, 0, n, 0, start);
            System.arraycopy(vals, 0, n, start, vals.length);
            System.arraycopy(items, stop, n, start + vals.length, size - stop);
            items = n;
            size = newSize;
            return;
        }
        if (vals.length != len) {
            throw Err.valueError("attempt to assign sequence of size " + vals.length + " to extended slice of size " + len);
        }
        for (int i = 0, j = start; i < len; i++, j += step) items[j] = vals[i];
    }

    @Override public void pyDelItem(PyObject key) {
        if (key instanceof PySlice) {
            long[] r = ((PySlice) key).indices(size);
            int start = (int) r[0], step = (int) r[2], len = (int) r[3];
            if (len <= 0) return;
            if (step < 0) { start = start + step * (len - 1); step = -step; }
            boolean[] del = new boolean[size];
            for (int i = 0, j = start; i < len; i++, j += step) del[j] = true;
            int w = 0;
            for (int i = 0; i < size; i++) if (!del[i]) items[w++] = items[i];
            for (int i = w; i < size; i++) items[i] = null;
            size = w;
            return;
        }
        remove(normIndex(key, "list assignment index out of range"));
    }

    @Override public int pyContains(PyObject item) {
        for (int i = 0; i < size; i++) { PyObject o = items[i]; if (Ops.eqBool(o, item)) return 1; }
        return 0;
    }
    @Override public boolean isIterable() { return true; }
    @Override public PyObject pyIter() { return new Iterators.ListIterator(this); }
}
