package org.herthon.interpreter.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/** Native arithmetic of the builtin numeric types (int, bool, float, complex) and sequences. */
public final class Arith {
    private Arith() {}

    public static final int ADD = 0, SUB = 1, MUL = 2, TRUEDIV = 3, FLOORDIV = 4, MOD = 5, POW = 6,
            LSHIFT = 7, RSHIFT = 8, AND = 9, OR = 10, XOR = 11, MATMUL = 12, DIVMOD = 13;
    public static final String[] SYMBOLS = {"+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "@", "divmod()"};
    public static final String[] ISYMBOLS = {"+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@=", "divmod()"};
    public static final String[] NAMES = {"__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__",
            "__lshift__", "__rshift__", "__and__", "__or__", "__xor__", "__matmul__", "__divmod__"};
    public static final String[] RNAMES = {"__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__",
            "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__", "__rmatmul__", "__rdivmod__"};
    public static final String[] INAMES = {"__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__",
            "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__", "__imatmul__", null};

    static final PyObject NI = PyNotImplemented.INSTANCE;

    public static boolean isInt(PyObject o) { return o instanceof PyInt || o instanceof PyBigInt; }
    public static BigInteger big(PyObject o) {
        return o instanceof PyInt ? BigInteger.valueOf(((PyInt) o).value) : ((PyBigInt) o).value;
    }
    public static double toDouble(PyObject o) {
        if (o instanceof PyInt) return ((PyInt) o).value;
        if (o instanceof PyFloat) return ((PyFloat) o).value;
        if (o instanceof PyBigInt) {
            double d = ((PyBigInt) o).value.doubleValue();
            if (Double.isInfinite(d)) throw Err.overflow("int too large to convert to float");
            return d;
        }
        throw Err.typeError("must be real number, not " + o.type().name);
    }

    /** Native binary operation; NotImplemented when the operand types are not handled. */
    public static PyObject binary(int op, PyObject a, PyObject b) {
        if (isInt(a)) {
            if (isInt(b)) return intOp(op, a, b);
            if (b instanceof PyFloat) return op <= POW || op == DIVMOD ? floatOp(op, toDouble(a), ((PyFloat) b).value) : NI;
            if (b instanceof PyComplex) return op <= POW ? PyComplex.op(op, PyComplex.from(a), (PyComplex) b) : NI;
            if (op == MUL) return seqRepeat(b, a);
            return NI;
        }
        if (a instanceof PyFloat) {
            if (b instanceof PyFloat || isInt(b)) return op <= POW || op == DIVMOD ? floatOp(op, ((PyFloat) a).value, toDouble(b)) : NI;
            if (b instanceof PyComplex) return op <= POW ? PyComplex.op(op, PyComplex.from(a), (PyComplex) b) : NI;
            return NI;
        }
        if (a instanceof PyComplex) {
            if (b instanceof PyComplex || b instanceof PyFloat || isInt(b)) return op <= POW ? PyComplex.op(op, (PyComplex) a, PyComplex.from(b)) : NI;
            return NI;
        }
        switch (op) {
            case ADD: return seqConcat(a, b);
            case MUL: return isInt(b) || Ops.hasIndex(b) && !(b instanceof PyFloat) ? seqRepeat(a, b) : NI;
            case MOD:
                if (a instanceof PyStr) return PyStr.of(StrFormat.percent(((PyStr) a).value, b));
                if (a instanceof PyBytes || a instanceof PyByteArray) return BytesMethods.percent(a, b);
                return NI;
            case OR: case AND: case SUB: case XOR:
                if (a instanceof PySet && b instanceof PySet) return setOp(op, (PySet) a, (PySet) b);
                if (op == OR && (a instanceof PyType || b instanceof PyType || a instanceof PyUnionType || b instanceof PyUnionType
                        || a instanceof PyGenericAlias || b instanceof PyGenericAlias)) return PyUnionType.or(a, b);
                if (a instanceof PyDict && b instanceof PyDict && op == OR) {
                    PyDict r = ((PyDict) a).copy();
                    r.update((PyDict) b);
                    return r;
                }
                if (a instanceof PyDictView && op != SUB || a instanceof PyDictView) return PyDictView.setOp(op, a, b);
                if (b instanceof PyDictView && a instanceof PySet) return setOp(op, (PySet) a, PySet.from(b, false));
                return NI;
            default: return NI;
        }
    }

    static PyObject setOp(int op, PySet a, PySet b) {
        switch (op) {
            case OR: return a.union(b);
            case AND: return a.intersection(b);
            case SUB: return a.difference(b);
            default: return a.symmetricDifference(b);
        }
    }

    static PyObject seqConcat(PyObject a, PyObject b) {
        if (a instanceof PyStr) {
            if (b instanceof PyStr) return PyStr.of(((PyStr) a).value.concat(((PyStr) b).value));
            return NI;
        }
        if (a instanceof PyList) {
            if (!(b instanceof PyList)) return NI;
            PyList x = (PyList) a, y = (PyList) b;
            PyObject[] r = new PyObject[x.size + y.size];
            System.arraycopy(x.items, 0, r, 0, x.size);
            System.arraycopy(y.items, 0, r, x.size, y.size);
            return new PyList(r);
        }
        if (a instanceof PyTuple) {
            if (!(b instanceof PyTuple)) return NI;
            PyObject[] x = ((PyTuple) a).items, y = ((PyTuple) b).items;
            PyObject[] r = new PyObject[x.length + y.length];
            System.arraycopy(x, 0, r, 0, x.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return PyTuple.of(r);
        }
        if (a instanceof PyBytes && b instanceof PyBytes) return PyBytes.concat((PyBytes) a, (PyBytes) b);
        if (a instanceof PyBytes && (b instanceof PyByteArray || b instanceof PyMemoryView)) return PyBytes.concat((PyBytes) a, new PyBytes(BytesMethods.buffer(b)));
        return NI;
    }

    /** The length of a sequence of {@code length} items repeated {@code n} times; MemoryError past what a JVM array holds. */
    static int repeatedLength(int length, long n) {
        if (length != 0 && n > (Integer.MAX_VALUE - 16) / length) throw Err.make(PyExc.MemoryError);
        return (int) (length * n);
    }

    static PyObject seqRepeat(PyObject seq, PyObject count) {
        if (!(seq instanceof PyStr || seq instanceof PyList || seq instanceof PyTuple || seq instanceof PyBytes)) return NI;
        long n;
        if (count instanceof PyBigInt) {
            if (((PyBigInt) count).value.signum() < 0) n = 0;
            else throw Err.overflow("cannot fit 'int' into an index-sized integer");
        } else n = Ops.index(count);
        if (n < 0) n = 0;
        if (n == 1 && (seq.getClass() == PyTuple.class || seq.getClass() == PyStr.class || seq.getClass() == PyBytes.class)) return seq;
        // past this, n fits an int: the item count is checked against the JVM's array limit
        if (n > Integer.MAX_VALUE) n = Ops.len(seq) == 0 ? 0 : Integer.MAX_VALUE;
        if (seq instanceof PyStr) {
            String s = ((PyStr) seq).value;
            repeatedLength(s.length(), n);
            return PyStr.of(s.repeat((int) n));
        }
        if (seq instanceof PyBytes) {
            repeatedLength(((PyBytes) seq).data.length, n);
            return PyBytes.repeat((PyBytes) seq, (int) n);
        }
        PyObject[] src = seq instanceof PyList ? ((PyList) seq).toArray() : ((PyTuple) seq).items;
        PyObject[] r = new PyObject[repeatedLength(src.length, n)];
        for (int i = 0; i < r.length; i += src.length) System.arraycopy(src, 0, r, i, src.length);
        return seq instanceof PyList ? new PyList(r) : PyTuple.of(r);
    }

    // ---- int ---------------------------------------------------------------------------------
    static PyObject intOp(int op, PyObject a, PyObject b) {
        if (a instanceof PyBool && b instanceof PyBool && (op == AND || op == OR || op == XOR)) {
            boolean x = a == PyBool.TRUE, y = b == PyBool.TRUE;
            return PyBool.of(op == AND ? x & y : op == OR ? x | y : x ^ y);
        }
        if (a instanceof PyInt && b instanceof PyInt) {
            long x = ((PyInt) a).value, y = ((PyInt) b).value;
            switch (op) {
                case ADD: return add(x, y);
                case SUB: return sub(x, y);
                case MUL: return mul(x, y);
                case TRUEDIV: return trueDiv(x, y);
                case FLOORDIV: return floorDiv(x, y);
                case MOD: return mod(x, y);
                case POW: return pow(a, b);
                case LSHIFT: return lshift(x, y);
                case RSHIFT:
                    if (y < 0) throw Err.valueError("negative shift count");
                    return PyInt.of(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
                case AND: return PyInt.of(x & y);
                case OR: return PyInt.of(x | y);
                case XOR: return PyInt.of(x ^ y);
                case DIVMOD: return new PyTuple(floorDiv(x, y), mod(x, y));
                default: return NI;
            }
        }
        BigInteger x = big(a), y = big(b);
        switch (op) {
            case ADD: return PyInt.of(x.add(y));
            case SUB: return PyInt.of(x.subtract(y));
            case MUL: return PyInt.of(x.multiply(y));
            case TRUEDIV: return bigTrueDiv(x, y);
            case FLOORDIV: return PyInt.of(bigFloorDivMod(x, y, "integer division or modulo by zero")[0]);
            case MOD: return PyInt.of(bigFloorDivMod(x, y, "integer modulo by zero")[1]);
            case POW: return pow(a, b);
            case LSHIFT: {
                if (y.signum() < 0) throw Err.valueError("negative shift count");
                if (y.bitLength() > 31) throw Err.overflow("too many digits in integer");
                return PyInt.of(x.shiftLeft(y.intValue()));
            }
            case RSHIFT: {
                if (y.signum() < 0) throw Err.valueError("negative shift count");
                if (y.bitLength() > 31) return PyInt.of(x.signum() < 0 ? -1 : 0);
                return PyInt.of(x.shiftRight(y.intValue()));
            }
            case AND: return PyInt.of(x.and(y));
            case OR: return PyInt.of(x.or(y));
            case XOR: return PyInt.of(x.xor(y));
            case DIVMOD: {
                BigInteger[] qr = bigFloorDivMod(x, y, "integer division or modulo by zero");
                return new PyTuple(PyInt.of(qr[0]), PyInt.of(qr[1]));
            }
            default: return NI;
        }
    }

    public static PyObject add(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) return PyInt.of(BigInteger.valueOf(x).add(BigInteger.valueOf(y)));
        return PyInt.of(r);
    }
    public static PyObject sub(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) return PyInt.of(BigInteger.valueOf(x).subtract(BigInteger.valueOf(y)));
        return PyInt.of(r);
    }
    public static PyObject mul(long x, long y) {
        long hi = Math.multiplyHigh(x, y), lo = x * y;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.of(lo);
        return PyInt.of(BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)));
    }
    public static PyObject floorDiv(long x, long y) {
        if (y == 0) throw Err.zeroDivision("integer division or modulo by zero");
        if (x == Long.MIN_VALUE && y == -1) return PyInt.of(BigInteger.valueOf(x).negate());
        return PyInt.of(Math.floorDiv(x, y));
    }
    public static PyObject mod(long x, long y) {
        if (y == 0) throw Err.zeroDivision("integer modulo by zero");
        if (y == -1) return PyInt.ZERO;
        return PyInt.of(Math.floorMod(x, y));
    }
    static PyObject trueDiv(long x, long y) {
        if (y == 0) throw Err.zeroDivision("division by zero");
        if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) return new PyFloat((double) x / (double) y);
        return bigTrueDiv(BigInteger.valueOf(x), BigInteger.valueOf(y));
    }
    static PyObject bigTrueDiv(BigInteger x, BigInteger y) {
        if (y.signum() == 0) throw Err.zeroDivision("division by zero");
        if (x.bitLength() <= 53 && y.bitLength() <= 53) return new PyFloat(x.doubleValue() / y.doubleValue());
        BigDecimal q = new BigDecimal(x).divide(new BigDecimal(y), MathContext.DECIMAL128);
        double d = q.doubleValue();
        if (Double.isInfinite(d)) throw Err.overflow("integer division result too large for a float");
        return new PyFloat(d);
    }
    static BigInteger[] bigFloorDivMod(BigInteger x, BigInteger y, String zmsg) {
        if (y.signum() == 0) throw Err.zeroDivision(zmsg);
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(y);
        }
        return qr;
    }
    static PyObject lshift(long x, long y) {
        if (y < 0) throw Err.valueError("negative shift count");
        if (x == 0) return PyInt.ZERO;
        if (y < 63) {
            long r = x << y;
            if ((r >> y) == x) return PyInt.of(r);
        }
        if (y > Integer.MAX_VALUE) throw Err.overflow("too many digits in integer");
        return PyInt.of(BigInteger.valueOf(x).shiftLeft((int) y));
    }
    public static PyObject pow(PyObject a, PyObject b) {
        BigInteger e = big(b);
        if (e.signum() < 0) {
            double x = toDouble(a);
            if (x == 0) throw Err.zeroDivision("0.0 cannot be raised to a negative power");
            return new PyFloat(Math.pow(x, e.doubleValue()));
        }
        if (a instanceof PyInt) {
            long base = ((PyInt) a).value;
            if (base == 1) return PyInt.ONE;
            if (base == 0) return e.signum() == 0 ? PyInt.ONE : PyInt.ZERO;
            if (base == -1) return e.testBit(0) ? PyInt.MINUS_ONE : PyInt.ONE;
        }
        if (e.bitLength() > 31) throw Err.overflow("exponent too large");
        int n = e.intValue();
        if (a instanceof PyInt && b instanceof PyInt) {
            long base = ((PyInt) a).value;
            long r = 1;
            long bb = base;
            int k = n;
            boolean overflow = false;
            while (k > 0) {
                if ((k & 1) != 0) {
                    long hi = Math.multiplyHigh(r, bb), lo = r * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { overflow = true; break; }
                    r = lo;
                }
                k >>= 1;
                if (k > 0) {
                    long hi = Math.multiplyHigh(bb, bb), lo = bb * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { overflow = true; break; }
                    bb = lo;
                }
            }
            if (!overflow) return PyInt.of(r);
        }
        return PyInt.of(big(a).pow(n));
    }
    public static PyObject powMod(PyObject a, PyObject b, PyObject m) {
        if (!isInt(a) || !isInt(b) || !isInt(m)) {
            throw Err.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        BigInteger mod = big(m);
        if (mod.signum() == 0) throw Err.valueError("pow() 3rd argument cannot be 0");
        BigInteger e = big(b);
        BigInteger base = big(a);
        BigInteger am = mod.abs();
        BigInteger r;
        if (e.signum() < 0) {
            try {
                base = base.modInverse(am);
            } catch (ArithmeticException ex) {
                throw Err.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        r = base.modPow(e, am);
        if (mod.signum() < 0 && r.signum() != 0) r = r.add(mod);
        return PyInt.of(r);
    }

    // ---- float ---------------------------------------------------------------------------------
    static PyObject floatOp(int op, double x, double y) {
        switch (op) {
            case ADD: return new PyFloat(x + y);
            case SUB: return new PyFloat(x - y);
            case MUL: return new PyFloat(x * y);
            case TRUEDIV:
                if (y == 0) throw Err.zeroDivision("float division by zero");
                return new PyFloat(x / y);
            case FLOORDIV: {
                if (y == 0) throw Err.zeroDivision("float floor division by zero");
                return new PyFloat(floatDivmod(x, y)[0]);
            }
            case MOD: {
                if (y == 0) throw Err.zeroDivision("float modulo");
                return new PyFloat(floatDivmod(x, y)[1]);
            }
            case DIVMOD: {
                if (y == 0) throw Err.zeroDivision("float divmod()");
                double[] qr = floatDivmod(x, y);
                return new PyTuple(new PyFloat(qr[0]), new PyFloat(qr[1]));
            }
            case POW: return floatPow(x, y);
            default: return NI;
        }
    }

    static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[]{floordiv, mod};
    }

    static PyObject floatPow(double x, double y) {
        if (y == 0) return new PyFloat(1.0);
        if (Double.isNaN(x)) return new PyFloat(x);
        if (Double.isNaN(y)) return new PyFloat(x == 1.0 ? 1.0 : y);
        if (Double.isInfinite(y)) {   // float_pow: C99's rules for an infinite exponent (Java gives NaN for |x| == 1)
            double ax = Math.abs(x);
            if (ax == 1.0) return new PyFloat(1.0);
            return new PyFloat((y > 0) == (ax > 1.0) ? Double.POSITIVE_INFINITY : 0.0);
        }
        if (Double.isInfinite(x)) {
            boolean odd = Math.abs(y) < 9007199254740992.0 && y == Math.floor(y) && Math.floor(y) % 2 != 0;
            if (y > 0) return new PyFloat(odd ? x : Math.abs(x));
            return new PyFloat(odd ? Math.copySign(0.0, x) : 0.0);
        }
        if (x == 0) {
            if (y < 0) throw Err.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (x < 0 && y != Math.floor(y) && !Double.isInfinite(y)) {
            return PyComplex.pow(new PyComplex(x, 0), new PyComplex(y, 0));
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw Err.make(PyExc.OverflowError, PyInt.of(34), PyStr.of("Numerical result out of range"));
        }
        return new PyFloat(r);
    }

    // ---- unary ---------------------------------------------------------------------------------
    public static PyObject neg(PyObject a) {
        if (a instanceof PyInt) {
            long v = ((PyInt) a).value;
            if (v == Long.MIN_VALUE) return PyInt.of(BigInteger.valueOf(v).negate());
            return PyInt.of(-v);
        }
        if (a instanceof PyFloat) return new PyFloat(-((PyFloat) a).value);
        if (a instanceof PyBigInt) return PyInt.of(((PyBigInt) a).value.negate());
        if (a instanceof PyComplex) return new PyComplex(-((PyComplex) a).real, -((PyComplex) a).imag);
        return null;
    }
    public static PyObject pos(PyObject a) {
        if (a instanceof PyInt) return a.getClass() == PyInt.class ? a : PyInt.of(((PyInt) a).value);
        if (a instanceof PyBigInt) return a.getClass() == PyBigInt.class ? a : new PyBigInt(((PyBigInt) a).value);
        if (a instanceof PyFloat || a instanceof PyComplex) return a;
        return null;
    }
    public static PyObject invert(PyObject a) {
        if (a instanceof PyInt) return PyInt.of(~((PyInt) a).value);
        if (a instanceof PyBigInt) return PyInt.of(((PyBigInt) a).value.not());
        return null;
    }
    public static PyObject abs(PyObject a) {
        if (a instanceof PyInt) {
            long v = ((PyInt) a).value;
            if (v == Long.MIN_VALUE) return PyInt.of(BigInteger.valueOf(v).negate());
            return PyInt.of(Math.abs(v));
        }
        if (a instanceof PyFloat) return new PyFloat(Math.abs(((PyFloat) a).value));
        if (a instanceof PyBigInt) return PyInt.of(((PyBigInt) a).value.abs());
        if (a instanceof PyComplex) return new PyFloat(((PyComplex) a).absValue());
        return null;
    }

    // ---- comparisons ---------------------------------------------------------------------------
    /** Compares two numbers natively; returns null when not both numbers. */
    public static int compareNumbers(PyObject a, PyObject b) {
        if (a instanceof PyInt && b instanceof PyInt) return Long.compare(((PyInt) a).value, ((PyInt) b).value);
        if (a instanceof PyFloat && b instanceof PyFloat) {
            double x = ((PyFloat) a).value, y = ((PyFloat) b).value;
            return x < y ? -1 : x > y ? 1 : 0;
        }
        if (isInt(a) && isInt(b)) return big(a).compareTo(big(b));
        if (a instanceof PyFloat) return -compareIntFloat(b, ((PyFloat) a).value);
        return compareIntFloat(a, ((PyFloat) b).value);
    }
    /** compare int with finite-or-infinite (non-NaN) double */
    static int compareIntFloat(PyObject i, double d) {
        if (Double.isInfinite(d)) return d > 0 ? -1 : 1;
        if (i instanceof PyInt) {
            long v = ((PyInt) i).value;
            if (Math.abs(v) < (1L << 53)) { double x = v; return x < d ? -1 : x > d ? 1 : 0; }
        }
        return new BigDecimal(big(i)).compareTo(new BigDecimal(d));
    }
    public static boolean isNumber(PyObject o) { return o instanceof PyInt || o instanceof PyFloat || o instanceof PyBigInt; }

    public static PyObject numberCompare(PyObject a, PyObject b, int op) {
        if (a instanceof PyFloat && Double.isNaN(((PyFloat) a).value) || b instanceof PyFloat && Double.isNaN(((PyFloat) b).value)) {
            return PyBool.of(op == Ops.NE);
        }
        return PyBool.of(Ops.cmpResult(compareNumbers(a, b), op));
    }
}
