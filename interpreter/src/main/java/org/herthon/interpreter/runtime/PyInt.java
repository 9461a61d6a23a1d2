package org.herthon.interpreter.runtime;

import java.math.BigInteger;

/** int values that fit in a long (bigger ones are {@link PyBigInt}); bool is a subclass. */
public class PyInt extends PyObject {
    public final long value;
    private static final int CACHE_LOW = -256, CACHE_HIGH = 1024;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];
    static {
        for (int i = 0; i < CACHE.length; i++) CACHE[i] = new PyInt(i + CACHE_LOW);
    }
    public static final PyInt ZERO = of(0), ONE = of(1), MINUS_ONE = of(-1);

    protected PyInt(long value) { this.value = value; }

    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) return CACHE[(int) v - CACHE_LOW];
        return new PyInt(v);
    }

    /** Normalizes: a PyInt when it fits in a long, else a PyBigInt. */
    public static PyObject of(BigInteger v) {
        if (v.bitLength() < 64) return of(v.longValue());
        return new PyBigInt(v);
    }

    @Override public PyType type() { return PyType.INT; }
    @Override public String pyRepr() { return Long.toString(value); }
    @Override public boolean pyBool() { return value != 0; }
    @Override public long pyHash() { return hashLong(value); }

    public static long hashLong(long v) {
        final long M = (1L << 61) - 1;
        long h;
        if (v >= 0) h = v % M;
        else if (v == Long.MIN_VALUE) h = -(BigInteger.valueOf(v).negate().mod(BigInteger.valueOf(M)).longValue());
        else h = -((-v) % M);
        return h == -1 ? -2 : h;
    }

    public BigInteger big() { return BigInteger.valueOf(value); }

    /** Subclass instances of int created by user classes. */
    public static final class Sub extends PyInt {
        final PyType cls;
        final PyDict dict = new PyDict();
        public Sub(PyType cls, long v) { super(v); this.cls = cls; }
        @Override public PyType type() { return cls; }
        @Override public PyDict getDict() { return dict; }
    }
}
