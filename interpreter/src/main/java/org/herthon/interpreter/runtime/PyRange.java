package org.herthon.interpreter.runtime;

public final class PyRange extends PyObject {
    public final long start, stop, step, length;

    public PyRange(long start, long stop, long step) {
        if (step == 0) throw Err.valueError("range() arg 3 must not be zero");
        this.start = start; this.stop = stop; this.step = step;
        long len;
        if (step > 0) len = start < stop ? (stop - start - 1) / step + 1 : 0;
        else len = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        this.length = len;
    }

    @Override public PyType type() { return PyType.RANGE; }
    @Override public String pyRepr() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }
    @Override public boolean pyBool() { return length != 0; }
    @Override public boolean hasLen() { return true; }
    @Override public int pyLen() { return (int) length; }
    @Override public long pyHash() {
        return new PyTuple(PyInt.of(length), length == 0 ? PyNone.INSTANCE : PyInt.of(start), length <= 1 ? PyNone.INSTANCE : PyInt.of(step)).pyHash();
    }
    @Override public PyObject pyRichCompare(PyObject other, int op) {
        if (!(other instanceof PyRange) || (op != Ops.EQ && op != Ops.NE)) return PyNotImplemented.INSTANCE;
        PyRange o = (PyRange) other;
        boolean eq = length == o.length && (length == 0 || (start == o.start && (length == 1 || step == o.step)));
        return PyBool.of(op == Ops.EQ ? eq : !eq);
    }
    @Override public PyObject pyGetItem(PyObject key) {
        if (key instanceof PySlice) {
            long[] r = ((PySlice) key).indices(length);
            long ns = start + r[0] * step;
            long nst = step * r[2];
            long nstop = start + r[1] * step;
            return new PyRange(ns, nstop, nst);
        }
        long i = Ops.index(key);
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw Err.indexError("range object index out of range");
        return PyInt.of(start + i * step);
    }
    @Override public int pyContains(PyObject item) {
        if (item.getClass() == PyInt.class || item instanceof PyBool) {
            long v = ((PyInt) item).value;
            if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) return 0;
            return (v - start) % step == 0 ? 1 : 0;
        }
        return -1;
    }
    @Override public boolean isIterable() { return true; }
    @Override public PyObject pyIter() { return new Iterators.RangeIterator(start, step, length); }

    /** range objects with bounds beyond a long. */
    public static final class Big extends PyObject {
        final java.math.BigInteger start, stop, step, length;
        public Big(java.math.BigInteger start, java.math.BigInteger stop, java.math.BigInteger step) {
            if (step.signum() == 0) throw Err.valueError("range() arg 3 must not be zero");
            this.start = start; this.stop = stop; this.step = step;
            java.math.BigInteger len;
            if (step.signum() > 0) len = start.compareTo(stop) < 0 ? stop.subtract(start).subtract(java.math.BigInteger.ONE).divide(step).add(java.math.BigInteger.ONE) : java.math.BigInteger.ZERO;
            else len = start.compareTo(stop) > 0 ? start.subtract(stop).subtract(java.math.BigInteger.ONE).divide(step.negate()).add(java.math.BigInteger.ONE) : java.math.BigInteger.ZERO;
            this.length = len;
        }
        PyObject start() { return PyInt.of(start); }
        PyObject stop() { return PyInt.of(stop); }
        PyObject step() { return PyInt.of(step); }
        @Override public PyType type() { return PyType.RANGE; }
        @Override public String pyRepr() {
            return step.equals(java.math.BigInteger.ONE) ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
        }
        @Override public boolean pyBool() { return length.signum() != 0; }
        @Override public boolean hasLen() { return true; }
        @Override public int pyLen() { throw Err.overflow("Python int too large to convert to C ssize_t"); }
        @Override public PyObject pyGetItem(PyObject key) {
            java.math.BigInteger i = Arith.big(Ops.indexObj(key));
            if (i.signum() < 0) i = i.add(length);
            if (i.signum() < 0 || i.compareTo(length) >= 0) throw Err.indexError("range object index out of range");
            return PyInt.of(start.add(i.multiply(step)));
        }
        @Override public int pyContains(PyObject item) {
            if (!Arith.isInt(item)) return -1;
            java.math.BigInteger v = Arith.big(item);
            boolean in = step.signum() > 0 ? v.compareTo(start) >= 0 && v.compareTo(stop) < 0 : v.compareTo(start) <= 0 && v.compareTo(stop) > 0;
            return in && v.subtract(start).mod(step.abs()).signum() == 0 ? 1 : 0;
        }
        @Override public boolean isIterable() { return true; }
        @Override public PyObject pyIter() {
            return new Iterators.Base(PyType.RANGE_ITERATOR) {
                java.math.BigInteger next = start, left = length;
                @Override public PyObject pyNext() {
                    if (left.signum() <= 0) return null;
                    left = left.subtract(java.math.BigInteger.ONE);
                    PyObject v = PyInt.of(next);
                    next = next.add(step);
                    return v;
                }
            };
        }
    }
}
