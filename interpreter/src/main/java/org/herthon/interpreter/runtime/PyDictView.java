package org.herthon.interpreter.runtime;

/** dict.keys(), dict.values(), dict.items() views. kind 0 keys, 1 values, 2 items. */
public final class PyDictView extends PyObject {
    public final PyDict d;
    public final int kind;
    public PyDictView(PyDict d, int kind) { this.d = d; this.kind = kind; }
    @Override public PyType type() { return kind == 0 ? PyType.DICT_KEYS : kind == 1 ? PyType.DICT_VALUES : PyType.DICT_ITEMS; }
    @Override public boolean hasLen() { return true; }
    @Override public int pyLen() { return d.size(); }
    @Override public boolean isIterable() { return true; }
    @Override public PyObject pyIter() { return new Iterators.DictIterator(d, kind); }
    @Override public String pyRepr() {
        if (!Ops.reprEnter(this)) return "...";
        try {
            StringBuilder sb = new StringBuilder(type().name).append("([");
            boolean first = true;
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                if (!first) sb.append(", ");
                first = false;
                PyObject k = d.keys[i], v = d.values[i];
                if (kind == 0) sb.append(Ops.repr(k));
                else if (kind == 1) sb.append(Ops.repr(v));
                else sb.append('(').append(Ops.repr(k)).append(", ").append(Ops.repr(v)).append(')');
            }
            return sb.append("])").toString();
        } finally { Ops.reprLeave(this); }
    }
    @Override public int pyContains(PyObject item) {
        if (kind == 0) return d.containsKey(item) ? 1 : 0;
        if (kind == 2) {
            if (!(item instanceof PyTuple) || ((PyTuple) item).items.length != 2) return 0;
            PyObject v = d.get(((PyTuple) item).items[0]);
            return v != null && Ops.eqBool(v, ((PyTuple) item).items[1]) ? 1 : 0;
        }
        return -1;
    }
    @Override public PyObject pyRichCompare(PyObject other, int op) {
        if (kind == 1) return super.pyRichCompare(other, op);
        if (other instanceof PyDictView || other instanceof PySet) {
            PySet a = PySet.from(this, false);
            PySet b = other instanceof PySet ? (PySet) other : PySet.from(other, false);
            return a.pyRichCompare(b, op);
        }
        return PyNotImplemented.INSTANCE;
    }
    static PyObject setOp(int op, PyObject a, PyObject b) {
        PySet x = a instanceof PySet ? ((PySet) a).copyAs(false) : PySet.from(a, false);
        if (!(Ops.isIterable(b))) return PyNotImplemented.INSTANCE;
        PySet y = b instanceof PySet ? (PySet) b : PySet.from(b, false);
        return Arith.setOp(op, x, y);
    }
}
