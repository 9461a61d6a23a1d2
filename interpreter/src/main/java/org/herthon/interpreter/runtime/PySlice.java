package org.herthon.interpreter.runtime;

public final class PySlice extends PyObject {
    public final PyObject start, stop, step;
    public PySlice(PyObject start, PyObject stop, PyObject step) { this.start = start; this.stop = stop; this.step = step; }
    @Override public PyType type() { return PyType.SLICE; }
    @Override public String pyRepr() { return "slice(" + Ops.repr(start) + ", " + Ops.repr(stop) + ", " + Ops.repr(step) + ")"; }
    @Override public long pyHash() { throw Err.typeError("unhashable type: 'slice'"); }
    @Override public PyObject pyRichCompare(PyObject other, int op) {
        if (!(other instanceof PySlice)) return PyNotImplemented.INSTANCE;
        PySlice o = (PySlice) other;
        return new PyTuple(start, stop, step).pyRichCompare(new PyTuple(o.start, o.stop, o.step), op);
    }

    private static long clampIndex(PyObject o) {
        if (o instanceof PyInt) return ((PyInt) o).value;
        if (o instanceof PyBigInt) return ((PyBigInt) o).value.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        if (Ops.hasIndex(o)) {
            PyObject i = Ops.indexObj(o);
            return clampIndex(i);
        }
        throw Err.typeError("slice indices must be integers or None or have an __index__ method");
    }

    /** {start, stop, step, slicelength} adjusted for a sequence of the given length. */
    public long[] indices(long length) {
        long st;
        if (step == PyNone.INSTANCE) st = 1;
        else {
            st = clampIndex(step);
            if (st == 0) throw Err.valueError("slice step cannot be zero");
        }
        long s, e;
        final long MAX = Long.MAX_VALUE / 2, MIN = Long.MIN_VALUE / 2;
        if (start == PyNone.INSTANCE) s = st < 0 ? MAX : 0; else s = clampIndex(start);
        if (stop == PyNone.INSTANCE) e = st < 0 ? MIN : MAX; else e = clampIndex(stop);
        if (s < 0) { s += length; if (s < 0) s = st < 0 ? -1 : 0; }
        else if (s >= length) s = st < 0 ? length - 1 : length;
        if (e < 0) { e += length; if (e < 0) e = st < 0 ? -1 : 0; }
        else if (e >= length) e = st < 0 ? length - 1 : length;
        long len;
        if (st < 0) len = e < s ? (s - e - 1) / (-st) + 1 : 0;
        else len = s < e ? (e - s - 1) / st + 1 : 0;
        return new long[]{s, e, st, len};
    }
}
