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
        if (!(other instanceof PySet || (other instanceof PyDictView && ((PyDictView) other).kind != 1))) return PyNotImplemented.INSTANCE;
        // dictview_richcompare: sizes first, then membership item by item (no hashing of the values of items)
        int ls = Ops.len(this), lo = Ops.len(other);
        boolean ok = false;
        switch (op) {
            case Ops.EQ: case Ops.NE:
                if (ls == lo) ok = allContainedIn(this, other);
                if (op == Ops.NE) ok = !ok;
                break;
            case Ops.LT: if (ls < lo) ok = allContainedIn(this, other); break;
            case Ops.LE: if (ls <= lo) ok = allContainedIn(this, other); break;
            case Ops.GT: if (ls > lo) ok = allContainedIn(other, this); break;
            case Ops.GE: if (ls >= lo) ok = allContainedIn(other, this); break;
            default: return PyNotImplemented.INSTANCE;
        }
        return PyBool.of(ok);
    }
    private static boolean allContainedIn(PyObject a, PyObject b) {
        PyObject it = Ops.iter(a);
        PyObject x;
        while ((x = Ops.next(it)) != null) if (!Ops.contains(b, x)) return false;
        return true;
    }
    static PyObject setOp(int op, PyObject a, PyObject b) {
        PySet x = a instanceof PySet ? ((PySet) a).copyAs(false) : PySet.from(a, false);
        if (!(Ops.isIterable(b))) return PyNotImplemented.INSTANCE;
        PySet y = b instanceof PySet ? (PySet) b : PySet.from(b, false);
        return Arith.setOp(op, x, y);
    }
}
