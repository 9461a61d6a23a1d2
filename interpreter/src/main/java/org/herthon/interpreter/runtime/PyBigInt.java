package org.herthon.interpreter.runtime;

import java.math.BigInteger;

/** int values that do not fit in a long. Always normalized (never holds a long-sized value). */
public class PyBigInt extends PyObject {
    public final BigInteger value;
    private static final BigInteger MOD = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);

    public PyBigInt(BigInteger v) { this.value = v; }

    @Override public PyType type() { return PyType.INT; }
    @Override public String pyRepr() {
        return IntStrLimit.decimal(value);
    }
    @Override public boolean pyBool() { return value.signum() != 0; }
    @Override public long pyHash() {
        long h = value.abs().mod(MOD).longValue();
        if (value.signum() < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    /** Instances of user subclasses of int whose value does not fit in a long. */
    public static final class Sub extends PyBigInt {
        final PyType cls;
        final PyDict dict = new PyDict();
        public Sub(PyType cls, BigInteger v) { super(v); this.cls = cls; }
        @Override public PyType type() { return cls; }
        @Override public PyDict getDict() { return dict; }
    }
}
