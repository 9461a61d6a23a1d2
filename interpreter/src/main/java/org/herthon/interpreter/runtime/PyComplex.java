package org.herthon.interpreter.runtime;

public class PyComplex extends PyObject {
    public final double real, imag;
    public PyComplex(double real, double imag) { this.real = real; this.imag = imag; }
    @Override public PyType type() { return PyType.COMPLEX; }

    static PyComplex from(PyObject o) {
        if (o instanceof PyComplex) return (PyComplex) o;
        return new PyComplex(Arith.toDouble(o), 0);
    }
    double absValue() { return Math.hypot(real, imag); }

    private static String part(double d) {
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e16) {
            String r = FloatFormat.repr(d);
            return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
        }
        return FloatFormat.repr(d);
    }
    @Override public String pyRepr() {
        if (real == 0 && Double.doubleToRawLongBits(real) == 0) return part(imag) + "j";
        String im = part(imag);
        String sign = (imag >= 0 || Double.isNaN(imag)) && !im.startsWith("-") ? "+" : "";
        return "(" + part(real) + sign + im + "j)";
    }
    @Override public boolean pyBool() { return real != 0 || imag != 0; }
    @Override public long pyHash() {
        long hr = PyFloat.hashDouble(real, this), hi = PyFloat.hashDouble(imag, this);
        long h = hr + 1000003L * hi;
        return h == -1 ? -2 : h;
    }
    @Override public PyObject pyRichCompare(PyObject other, int op) {
        if (op != Ops.EQ && op != Ops.NE) {
            if (other instanceof PyComplex || Arith.isNumber(other)) return PyNotImplemented.INSTANCE;
            return PyNotImplemented.INSTANCE;
        }
        if (!(other instanceof PyComplex || Arith.isNumber(other))) return PyNotImplemented.INSTANCE;
        PyComplex o = from(other);
        boolean eq = real == o.real && imag == o.imag;
        return PyBool.of(op == Ops.EQ ? eq : !eq);
    }
    @Override public PyObject pyGetAttr(String name) {
        switch (name) {
            case "real": return new PyFloat(real);
            case "imag": return new PyFloat(imag);
            default: return super.pyGetAttr(name);
        }
    }

    static PyObject op(int op, PyComplex a, PyComplex b) {
        switch (op) {
            case Arith.ADD: return new PyComplex(a.real + b.real, a.imag + b.imag);
            case Arith.SUB: return new PyComplex(a.real - b.real, a.imag - b.imag);
            case Arith.MUL: return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
            case Arith.TRUEDIV: {
                double d = b.real * b.real + b.imag * b.imag;
                if (d == 0) throw Err.zeroDivision("complex division by zero");
                return new PyComplex((a.real * b.real + a.imag * b.imag) / d, (a.imag * b.real - a.real * b.imag) / d);
            }
            case Arith.POW: return pow(a, b);
            default: return PyNotImplemented.INSTANCE;
        }
    }

    static PyObject pow(PyComplex a, PyComplex b) {
        if (b.real == 0 && b.imag == 0) return new PyComplex(1, 0);
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) throw Err.zeroDivision("0.0 to a negative or complex power");
            return new PyComplex(0, 0);
        }
        if (b.imag == 0 && b.real == Math.rint(b.real) && Math.abs(b.real) <= 100) {
            int n = (int) b.real;
            PyComplex r = new PyComplex(1, 0), x = a;
            int k = Math.abs(n);
            while (k > 0) {
                if ((k & 1) != 0) r = (PyComplex) op(Arith.MUL, r, x);
                x = (PyComplex) op(Arith.MUL, x, x);
                k >>= 1;
            }
            if (n < 0) return op(Arith.TRUEDIV, new PyComplex(1, 0), r);
            return r;
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    /** An instance of a Python subclass of complex. */
    public static final class Sub extends PyComplex {
        final PyType cls;
        final PyDict dict = new PyDict();
        public Sub(PyType cls, double real, double imag) { super(real, imag); this.cls = cls; }
        @Override public PyType type() { return cls; }
        @Override public PyDict getDict() { return dict; }
    }
}
