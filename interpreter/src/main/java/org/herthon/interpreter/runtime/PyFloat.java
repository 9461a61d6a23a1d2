package org.herthon.interpreter.runtime;

public class PyFloat extends PyObject {
    public final double value;
    public PyFloat(double v) { this.value = v; }
    public static PyFloat of(double v) { return new PyFloat(v); }
    @Override public PyType type() { return PyType.FLOAT; }
    @Override public String pyRepr() { return FloatFormat.repr(value); }
    @Override public boolean pyBool() { return value != 0.0; }
    @Override public long pyHash() { return hashDouble(value, this); }

    public static long hashDouble(double v, PyObject inst) {
        final long MOD = (1L << 61) - 1;
        if (Double.isInfinite(v)) return v > 0 ? 314159 : -314159;
        if (Double.isNaN(v)) return Ops.identityHash(inst);
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) return PyInt.hashLong((long) v);
        int[] eo = new int[1];
        double m = frexp(v, eo);
        int e = eo[0];
        int sign = 1;
        if (m < 0) { sign = -1; m = -m; }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MOD) | (x >>> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, MOD) >= 0) x -= MOD;
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MOD) | (x >>> (61 - e));
        x = x * sign;
        if (x == -1) x = -2;
        return x;
    }

    /** C frexp: v = m * 2**e with 0.5 <= |m| < 1. */
    public static double frexp(double v, int[] e) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) { e[0] = 0; return v; }
        long bits = Double.doubleToRawLongBits(v);
        int exp = (int) ((bits >> 52) & 0x7ff);
        if (exp == 0) { // subnormal
            v *= 0x1p54;
            bits = Double.doubleToRawLongBits(v);
            exp = (int) ((bits >> 52) & 0x7ff) - 54;
        }
        e[0] = exp - 1022;
        long mbits = (bits & 0x800fffffffffffffL) | (1022L << 52);
        return Double.longBitsToDouble(mbits);
    }

    /** Instances of Herthon subclasses of float. */
    public static final class Sub extends PyFloat {
        final PyType cls;
        final PyDict dict = new PyDict();
        public Sub(PyType cls, double v) { super(v); this.cls = cls; }
        @Override public PyType type() { return cls; }
        @Override public PyDict getDict() { return dict; }
    }
}
