package org.herthon.interpreter.runtime;

import java.util.List;

public class PyTuple extends PyObject {
    public final PyObject[] items;
    public static final PyTuple EMPTY = new PyTuple(PyObject.EMPTY);

    public PyTuple(PyObject... items) { this.items = items; }
    public static PyTuple of(PyObject... items) { return items.length == 0 ? EMPTY : new PyTuple(items); }
    public static PyTuple of(List<PyObject> items) { return items.isEmpty() ? EMPTY : new PyTuple(items.toArray(new PyObject[0])); }

    @Override public PyType type() { return PyType.TUPLE; }
    public int size() { return items.length; }
    public PyObject get(int i) { return items[i]; }

    @Override public String pyRepr() {
        if (items.length == 0) return "()";
        if (!Ops.reprEnter(this)) return "(...)";
        try {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Ops.repr(items[i]));
            }
            if (items.length == 1) sb.append(',');
            return sb.append(')').toString();
        } finally { Ops.reprLeave(this); }
    }
    @Override public boolean pyBool() { return items.length != 0; }
    @Override public boolean hasLen() { return true; }
    @Override public int pyLen() { return items.length; }
    @Override public long pyHash() {
        final long P1 = 0x9E3779B185EBCA87L, P2 = 0xC2B2AE3D27D4EB4FL, P5 = 0x27D4EB2F165667C5L;
        long acc = P5;
        for (PyObject it : items) {
            long lane = Ops.hash(it);
            acc += lane * P2;
            acc = (acc << 31) | (acc >>> 33);
            acc *= P1;
        }
        acc += items.length ^ (P5 ^ 3527539L);
        if (acc == -1) return 1546275796;
        return acc;
    }
    @Override public PyObject pyRichCompare(PyObject other, int op) {
        if (!(other instanceof PyTuple)) return PyNotImplemented.INSTANCE;
        return Ops.compareSequences(items, items.length, ((PyTuple) other).items, ((PyTuple) other).items.length, op);
    }
    @Override public PyObject pyGetItem(PyObject key) {
        if (key instanceof PyInt) {
            long i = ((PyInt) key).value;
            if (i < 0) i += items.length;
            if (i < 0 || i >= items.length) throw Err.indexError("tuple index out of range");
            return items[(int) i];
        }
        if (key instanceof PySlice) {
            long[] r = ((PySlice) key).indices(items.length);
            int start = (int) r[0], step = (int) r[2], len = (int) r[3];
            if (step == 1 && start == 0 && len == items.length && type() == PyType.TUPLE) return this;
            PyObject[] out = new PyObject[len];
            for (int i = 0, j = start; i < len; i++, j += step) out[i] = items[j];
            return of(out);
        }
        if (Ops.hasIndex(key)) return pyGetItem(PyInt.of(Ops.index(key)));
        throw Err.typeError("tuple indices must be integers or slices, not " + key.type().name);
    }
    @Override public int pyContains(PyObject item) {
        for (PyObject o : items) if (o == item || Ops.eqBool(o, item)) return 1;
        return 0;
    }
    @Override public boolean isIterable() { return true; }
    @Override public PyObject pyIter() { return new Iterators.ArrayIterator(items, items.length, PyType.TUPLE_ITERATOR); }

    /** Tuple subclass instances (namedtuple-like user classes). */
    public static final class Sub extends PyTuple {
        final PyType cls;
        final PyDict dict = new PyDict();
        public Sub(PyType cls, PyObject[] items) { super(items); this.cls = cls; }
        @Override public PyType type() { return cls; }
        @Override public PyDict getDict() { return dict; }
    }
}
