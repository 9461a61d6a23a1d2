package org.herthon.interpreter.runtime;

import java.math.BigInteger;

/** int values that do not fit in a long. Always normalized (never holds a long-sized value). */
public class PyBigInt extends PyObject {
    public final BigInteger value;
    private static final BigInteger MOD = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);

    public PyBigInt(BigInteger v) { this.value = v; }

    @Override public PyType type() { return PyType.INT; }
    @Override public String pyRepr() {
        if (value.bitLength() > 14300) {
            // CPython 3.11's int max str digits limit (4300 digits)
            String s = value.abs().toString();
            if (s.length() > 4300) throw Err.valueError("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        return value.toString();
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
