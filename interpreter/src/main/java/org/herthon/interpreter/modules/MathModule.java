package org.herthon.interpreter.modules;

import static org.herthon.interpreter.modules.ModuleSupport.asDouble;
import static org.herthon.interpreter.modules.ModuleSupport.def;

import java.math.BigInteger;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.builtins.LibM;
import org.herthon.interpreter.runtime.*;

/**
 * CPython 3.11's math module (mathmodule.c): same functions, same special cases, same errors.
 * Libm-backed functions use Java's (which agree with glibc in the cases measured, see LibM);
 * gamma/lgamma/erf/erfc/hypot/dist/fsum follow CPython's or glibc's own algorithms.
 */
public final class MathModule implements JavaModule {
    @Override public String name() { return "math"; }

    private interface D2D { double f(double x); }
    private interface DD2D { double f(double x, double y); }

    static PyException domain() { return Err.valueError("math domain error"); }
    static PyException range() { return Err.overflow("math range error"); }

    /** math_1: NaN from non-NaN is a domain error; inf from finite an overflow (or a singularity). */
    private static void fn1(PyModule m, String name, D2D f, boolean canOverflow) {
        def(m, name, (a, k) -> {
            one(name, a, k);
            double x = asDouble(a[0]);
            double r = f.f(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) throw domain();
            if (Double.isInfinite(r) && Double.isFinite(x)) throw canOverflow ? range() : domain();
            return new PyFloat(r);
        });
    }

    /** math_2: two floats in, errno-like checks on the result. */
    private static void fn2(PyModule m, String name, DD2D f) {
        def(m, name, (a, k) -> {
            Args.noKw(name, k);
            Args.range(name, a, 2, 2);
            double x = asDouble(a[0]), y = asDouble(a[1]);
            double r = f.f(x, y);
            if (Double.isNaN(r)) {
                if (!Double.isNaN(x) && !Double.isNaN(y)) throw domain();
            } else if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
                throw range();
            }
            return new PyFloat(r);
        });
    }

    static void one(String name, PyObject[] a, String[] k) {
        Args.noKw(name, k);
        if (a.length != 1) throw Err.typeError(name + "() takes exactly one argument (" + a.length + " given)");
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("math");
        m.dict.putStr("__doc__", PyStr.of("This module provides access to the mathematical functions\ndefined by the C standard."));
        m.dict.putStr("pi", new PyFloat(Math.PI));
        m.dict.putStr("e", new PyFloat(Math.E));
        m.dict.putStr("tau", new PyFloat(2 * Math.PI));
        m.dict.putStr("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.dict.putStr("nan", new PyFloat(Double.NaN));

        fn1(m, "acos", Math::acos, false);
        fn1(m, "acosh", LibM::acosh, false);
        fn1(m, "asin", Math::asin, false);
        fn1(m, "asinh", LibM::asinh, false);
        fn1(m, "atan", Math::atan, false);
        fn2(m, "atan2", MathModule::atan2);
        fn1(m, "atanh", LibM::atanh, false);
        fn1(m, "cbrt", LibM::cbrt, false);
        def(m, "ceil", (a, k) -> { one("ceil", a, k); return rounding(a[0], "__ceil__", true); });
        fn2(m, "copysign", Math::copySign);
        fn1(m, "cos", x -> Double.isInfinite(x) ? Double.NaN : Math.cos(x), false);
        fn1(m, "cosh", LibM::cosh, true);
        fn1(m, "degrees", x -> x * (180.0 / Math.PI), false);
        def(m, "dist", (a, k) -> {
            Args.noKw("dist", k);
            Args.range("dist", a, 2, 2);
            PyObject[] p = Ops.toArray(a[0]), q = Ops.toArray(a[1]);
            if (p.length != q.length) throw Err.valueError("both points must have the same number of dimensions");
            double[] diffs = new double[p.length];
            double max = 0;
            boolean nan = false;
            for (int i = 0; i < p.length; i++) {
                double d = Math.abs(coordinate(p[i]) - coordinate(q[i]));
                diffs[i] = d;
                nan |= Double.isNaN(d);
                if (d > max) max = d;
            }
            return new PyFloat(vectorNorm(diffs.length, diffs, max, nan));
        });
        fn1(m, "erf", Erf::erf, false);
        fn1(m, "erfc", Erf::erfc, false);
        fn1(m, "exp", Math::exp, true);
        fn1(m, "exp2", x -> Math.pow(2.0, x), true);
        fn1(m, "expm1", Math::expm1, true);
        fn1(m, "fabs", Math::abs, false);
        def(m, "factorial", (a, k) -> {
            one("factorial", a, k);
            if (a[0] instanceof PyFloat) throw Err.typeError("'float' object cannot be interpreted as an integer");
            BigInteger n = ModuleSupport.bigIndex(a[0]);
            if (n.signum() < 0) throw Err.valueError("factorial() not defined for negative values");
            if (n.bitLength() > 63) throw Err.overflow("factorial() argument should not exceed " + Long.MAX_VALUE);
            return PyInt.of(factorial(n.longValue()));
        });
        def(m, "floor", (a, k) -> { one("floor", a, k); return rounding(a[0], "__floor__", false); });
        fn2(m, "fmod", (x, y) -> {
            if (Double.isInfinite(y) && Double.isFinite(x)) return x;
            return x % y;
        });
        def(m, "frexp", (a, k) -> {
            one("frexp", a, k);
            double x = asDouble(a[0]);
            int[] e = new int[1];
            double mant = PyFloat.frexp(x, e);
            return new PyTuple(new PyFloat(mant), PyInt.of(e[0]));
        });
        def(m, "fsum", (a, k) -> { one("fsum", a, k); return new PyFloat(fsum(a[0])); });
        def(m, "gamma", (a, k) -> {
            one("gamma", a, k);
            double x = asDouble(a[0]);
            if (x == Double.NEGATIVE_INFINITY || (x == Math.floor(x) && x <= 0)) throw domain();
            double r = LibM.tgamma(x);
            if (Double.isInfinite(r) && !Double.isInfinite(x)) throw range();
            return new PyFloat(r);
        });
        def(m, "gcd", (a, k) -> {
            Args.noKw("gcd", k);
            if (a.length == 0) return PyInt.ZERO;
            BigInteger g = ModuleSupport.bigIndex(a[0]).abs();
            for (int i = 1; i < a.length; i++) {
                BigInteger v = ModuleSupport.bigIndex(a[i]);
                if (!g.equals(BigInteger.ONE)) g = g.gcd(v);
            }
            return PyInt.of(g);
        });
        def(m, "hypot", (a, k) -> {
            Args.noKw("hypot", k);
            double[] v = new double[a.length];
            double max = 0;
            boolean nan = false;
            for (int i = 0; i < a.length; i++) {
                double x = Math.abs(coordinate(a[i]));
                v[i] = x;
                nan |= Double.isNaN(x);
                if (x > max) max = x;
            }
            return new PyFloat(vectorNorm(v.length, v, max, nan));
        });
        def(m, "isclose", (a, k) -> {
            PyObject[] p = Args.bind("isclose", a, k, new String[]{"a", "b", "rel_tol", "abs_tol"}, 2, 2);
            double x = asDouble(p[0]), y = asDouble(p[1]);
            double rel = p[2] == null ? 1e-9 : asDouble(p[2]), abs = p[3] == null ? 0.0 : asDouble(p[3]);
            if (rel < 0.0 || abs < 0.0) throw Err.valueError("tolerances must be non-negative");
            if (x == y) return PyBool.TRUE;
            if (Double.isInfinite(x) || Double.isInfinite(y)) return PyBool.FALSE;
            double diff = Math.abs(y - x);
            return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
        });
        def(m, "isfinite", (a, k) -> { one("isfinite", a, k); return PyBool.of(Double.isFinite(asDouble(a[0]))); });
        def(m, "isinf", (a, k) -> { one("isinf", a, k); return PyBool.of(Double.isInfinite(asDouble(a[0]))); });
        def(m, "isnan", (a, k) -> { one("isnan", a, k); return PyBool.of(Double.isNaN(asDouble(a[0]))); });
        def(m, "isqrt", (a, k) -> {
            one("isqrt", a, k);
            BigInteger v = ModuleSupport.bigIndex(a[0]);
            if (v.signum() < 0) throw Err.valueError("isqrt() argument must be nonnegative");
            return PyInt.of(v.sqrt());
        });
        def(m, "lcm", (a, k) -> {
            Args.noKw("lcm", k);
            if (a.length == 0) return PyInt.ONE;
            BigInteger l = ModuleSupport.bigIndex(a[0]).abs();
            for (int i = 1; i < a.length; i++) {
                BigInteger v = ModuleSupport.bigIndex(a[i]).abs();
                if (l.signum() == 0) continue;
                if (v.signum() == 0) { l = BigInteger.ZERO; continue; }
                l = l.divide(l.gcd(v)).multiply(v);
            }
            return PyInt.of(l);
        });
        def(m, "ldexp", (a, k) -> {
            Args.noKw("ldexp", k);
            Args.range("ldexp", a, 2, 2);
            double x = asDouble(a[0]);
            if (!Arith.isInt(a[1])) throw Err.typeError("Expected an int as second argument to ldexp.");
            BigInteger e = Arith.big(a[1]);
            double r;
            if (x == 0.0 || !Double.isFinite(x)) r = x;
            else if (e.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) throw range();
            else if (e.compareTo(BigInteger.valueOf(Integer.MIN_VALUE)) < 0) r = Math.copySign(0.0, x);
            else {
                r = Math.scalb(x, e.intValue());
                if (Double.isInfinite(r)) throw range();
            }
            return new PyFloat(r);
        });
        def(m, "lgamma", (a, k) -> {
            one("lgamma", a, k);
            double x = asDouble(a[0]);
            if (x == Math.floor(x) && x <= 0 && !Double.isInfinite(x)) throw domain();
            double r = LibM.lgamma(x);
            if (Double.isInfinite(r) && Double.isFinite(x)) throw range();
            return new PyFloat(r);
        });
        def(m, "log", (a, k) -> {
            Args.noKw("log", k);
            Args.range("log", a, 1, 2);
            double num = logHelper(a[0], MathModule::mLog);
            if (a.length == 1) return new PyFloat(num);
            double den = logHelper(a[1], MathModule::mLog);
            if (den == 0.0) throw Err.zeroDivision("float division by zero");
            return new PyFloat(num / den);
        });
        def(m, "log10", (a, k) -> { one("log10", a, k); return new PyFloat(logHelper(a[0], MathModule::mLog10)); });
        fn1(m, "log1p", Math::log1p, false);
        def(m, "log2", (a, k) -> { one("log2", a, k); return new PyFloat(logHelper(a[0], MathModule::mLog2)); });
        def(m, "modf", (a, k) -> {
            one("modf", a, k);
            double x = asDouble(a[0]);
            if (Double.isInfinite(x)) return new PyTuple(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
            if (Double.isNaN(x)) return new PyTuple(new PyFloat(x), new PyFloat(x));
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return new PyTuple(new PyFloat(Math.copySign(x - ip, x)), new PyFloat(ip));
        });
        def(m, "nextafter", (a, k) -> {
            Args.noKw("nextafter", k);
            Args.range("nextafter", a, 2, 2);
            double x = asDouble(a[0]), y = asDouble(a[1]);
            if (Double.isNaN(x)) return new PyFloat(x);
            if (Double.isNaN(y)) return new PyFloat(y);
            return new PyFloat(Math.nextAfter(x, y));
        });
        def(m, "perm", (a, k) -> {
            Args.noKw("perm", k);
            Args.range("perm", a, 1, 2);
            BigInteger n = ModuleSupport.bigIndex(a[0]);
            if (a.length == 1 || a[1] == PyNone.INSTANCE) {
                if (n.signum() < 0) throw Err.valueError("n must be a non-negative integer");
                if (n.bitLength() > 63) throw Err.overflow("n must not exceed " + Long.MAX_VALUE);
                return PyInt.of(factorial(n.longValue()));
            }
            BigInteger r = ModuleSupport.bigIndex(a[1]);
            if (n.signum() < 0) throw Err.valueError("n must be a non-negative integer");
            if (r.signum() < 0) throw Err.valueError("k must be a non-negative integer");
            if (r.compareTo(n) > 0) return PyInt.ZERO;
            if (r.bitLength() > 63) throw Err.overflow("k must not exceed " + Long.MAX_VALUE);
            return PyInt.of(fallingProduct(n, r.longValue()));
        });
        def(m, "comb", (a, k) -> {
            Args.noKw("comb", k);
            Args.range("comb", a, 2, 2);
            BigInteger n = ModuleSupport.bigIndex(a[0]), r = ModuleSupport.bigIndex(a[1]);
            if (n.signum() < 0) throw Err.valueError("n must be a non-negative integer");
            if (r.signum() < 0) throw Err.valueError("k must be a non-negative integer");
            if (r.compareTo(n) > 0) return PyInt.ZERO;
            BigInteger kk = r.min(n.subtract(r));
            if (kk.bitLength() > 63) throw Err.overflow("min(n - k, k) must not exceed " + Long.MAX_VALUE);
            long kl = kk.longValue();
            if (kl == 0) return PyInt.ONE;
            return PyInt.of(fallingProduct(n, kl).divide(factorial(kl)));
        });
        def(m, "pow", (a, k) -> {
            Args.noKw("pow", k);
            Args.range("pow", a, 2, 2);
            return new PyFloat(pow(asDouble(a[0]), asDouble(a[1])));
        });
        def(m, "prod", (a, k) -> {
            int npos = a.length - (k == null ? 0 : k.length);
            if (npos != 1) throw Err.typeError("prod() takes exactly 1 positional argument (" + npos + " given)");
            PyObject acc = PyInt.ONE;
            if (k != null) {
                for (int i = 0; i < k.length; i++) {
                    if (!k[i].equals("start")) throw Err.typeError("prod() got an unexpected keyword argument '" + k[i] + "'");
                    acc = a[npos + i];
                }
            }
            PyObject it = Ops.iter(a[0]);
            PyObject x;
            while ((x = Ops.next(it)) != null) acc = Ops.mul(acc, x);
            return acc;
        });
        fn1(m, "radians", x -> x * (Math.PI / 180.0), false);
        fn2(m, "remainder", MathModule::remainder);
        fn1(m, "sin", x -> Double.isInfinite(x) ? Double.NaN : Math.sin(x), false);
        fn1(m, "sinh", LibM::sinh, true);
        fn1(m, "sqrt", Math::sqrt, false);
        fn1(m, "tan", x -> Double.isInfinite(x) ? Double.NaN : Math.tan(x), false);
        fn1(m, "tanh", LibM::tanh, false);
        def(m, "trunc", (a, k) -> {
            one("trunc", a, k);
            PyObject x = a[0];
            if (x.type() == PyType.FLOAT) return Builtins0.floatToInt(((PyFloat) x).value);
            PyObject f = x.type().lookup("__trunc__");
            if (f == null) throw Err.typeError("type " + x.type().name + " doesn't define __trunc__ method");
            return Ops.callDunder(f, x);
        });
        def(m, "ulp", (a, k) -> {
            one("ulp", a, k);
            double x = asDouble(a[0]);
            if (Double.isNaN(x)) return new PyFloat(x);
            x = Math.abs(x);
            if (Double.isInfinite(x)) return new PyFloat(x);
            double x2 = Math.nextUp(x);
            if (Double.isInfinite(x2)) return new PyFloat(x - Math.nextDown(x));
            return new PyFloat(x2 - x);
        });
        return m;
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** math.floor / math.ceil: __floor__/__ceil__ of non-floats, else the float's. */
    private static PyObject rounding(PyObject o, String dunder, boolean ceil) {
        if (o.type() != PyType.FLOAT) {
            PyObject f = o.type().lookup(dunder);
            if (f != null) return Ops.callDunder(f, o);
        }
        double x = asDouble(o);
        return Builtins0.floatToInt(ceil ? Math.ceil(x) : Math.floor(x));
    }

    /** A coordinate of hypot/dist (ASSIGN_DOUBLE). */
    private static double coordinate(PyObject o) {
        if (o.type() == PyType.FLOAT) return ((PyFloat) o).value;
        if (o.type() == PyType.INT) return Arith.toDouble(o);
        return asDouble(o);
    }

    static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                return Math.copySign(Math.copySign(1.0, x) == 1.0 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
            }
            return Math.copySign(0.5 * Math.PI, y);
        }
        if (Double.isInfinite(x) || y == 0.0) {
            if (Math.copySign(1.0, x) == 1.0) return Math.copySign(0.0, y);
            return Math.copySign(Math.PI, y);
        }
        return Math.atan2(y, x);
    }

    static double remainder(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (y == 0.0) return Double.NaN;
            double absx = Math.abs(x), absy = Math.abs(y);
            double mm = absx % absy;
            double c = absy - mm;
            double r;
            if (mm < c) r = mm;
            else if (mm > c) r = -c;
            else r = mm - 2.0 * ((0.5 * (absx - mm)) % absy);
            return Math.copySign(1.0, x) * r;
        }
        if (Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return y;
        if (Double.isInfinite(x)) return Double.NaN;
        return x;
    }

    static double pow(double x, double y) {
        double r;
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) r = y == 0.0 ? 1.0 : x;
            else if (Double.isNaN(y)) r = x == 1.0 ? 1.0 : y;
            else if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0.0) r = oddY ? x : Math.abs(x);
                else if (y == 0.0) r = 1.0;
                else r = oddY ? Math.copySign(0.0, x) : 0.0;
            } else {
                if (Math.abs(x) == 1.0) r = 1.0;
                else if (y > 0.0 && Math.abs(x) > 1.0) r = y;
                else if (y < 0.0 && Math.abs(x) < 1.0) r = -y;
                else r = 0.0;
            }
            return r;
        }
        r = Math.pow(x, y);
        if (Double.isNaN(r)) throw domain();
        if (Double.isInfinite(r)) {
            if (x == 0.0) throw domain();
            throw range();
        }
        return r;
    }

    static double mLog(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) return Math.log(x);
            return x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (Double.isNaN(x)) return x;
        return x > 0 ? x : Double.NaN;
    }

    static double mLog10(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) return LibM.log10(x);
            return x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (Double.isNaN(x)) return x;
        return x > 0 ? x : Double.NaN;
    }

    static double mLog2(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) return LibM.log2(x);
            return x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (Double.isNaN(x)) return x;
        return x > 0 ? x : Double.NaN;
    }

    /** loghelper: ints (even huge ones) are handled exactly here, other numbers as floats. */
    private static double logHelper(PyObject arg, D2D func) {
        if (Arith.isInt(arg)) {
            BigInteger n = Arith.big(arg);
            if (n.signum() <= 0) throw domain();
            if (n.bitLength() <= 1024) {
                double x = n.doubleValue();
                if (!Double.isInfinite(x)) return func.f(x);
            }
            int len = n.bitLength();
            BigInteger top = n.shiftRight(len - 64);
            if (n.getLowestSetBit() < len - 64) top = top.or(BigInteger.ONE);
            double x = Math.scalb(top.doubleValue(), -64);
            long e = len;
            if (x == 1.0) { x = 0.5; e++; }
            return func.f(x) + func.f(2.0) * e;
        }
        double x = asDouble(arg);
        double r = func.f(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) throw domain();
        if (Double.isInfinite(r) && Double.isFinite(x)) throw domain();
        return r;
    }

    /** CPython's vector_norm: an accurately rounded Euclidean norm of non-negative values. */
    static double vectorNorm(int n, double[] vec, double max, boolean foundNan) {
        if (Double.isInfinite(max)) return max;
        if (foundNan) return Double.NaN;
        if (max == 0.0 || n <= 1) return max;
        int[] eo = new int[1];
        PyFloat.frexp(max, eo);
        int maxE = eo[0];
        if (maxE < -1023) {
            for (int i = 0; i < n; i++) vec[i] /= Double.MIN_NORMAL;
            return Double.MIN_NORMAL * vectorNorm(n, vec, max / Double.MIN_NORMAL, foundNan);
        }
        double scale = Math.scalb(1.0, -maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
        for (int i = 0; i < n; i++) {
            double x = vec[i] * scale;
            double prHi = x * x, prLo = Math.fma(x, x, -prHi);
            double smHi = csum + prHi, smLo = (csum - smHi) + prHi;
            csum = smHi;
            frac1 += prLo;
            frac2 += smLo;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
        double prHi = -h * h, prLo = Math.fma(-h, h, -prHi);
        double smHi = csum + prHi, smLo = (csum - smHi) + prHi;
        csum = smHi;
        frac1 += prLo;
        frac2 += smLo;
        double x = csum - 1.0 + (frac1 + frac2);
        h += x / (2.0 * h);
        return h / scale;
    }

    /** fsum: Shewchuk's exact partials, rounded once at the end (CPython's msum). */
    static double fsum(PyObject iterable) {
        PyObject it = Ops.iter(iterable);
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0, infSum = 0.0;
        PyObject item;
        while ((item = Ops.next(it)) != null) {
            double x = asDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) { double t = x; x = y; y = t; }
                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0) p[i++] = lo;
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) throw Err.overflow("intermediate overflow in fsum");
                    if (Double.isInfinite(xsave)) infSum += xsave;
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == p.length) p = java.util.Arrays.copyOf(p, n * 2);
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) throw Err.valueError("-inf + inf in fsum");
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) hi = x;
            }
        }
        return hi;
    }

    /** n! by a balanced product tree. */
    static BigInteger factorial(long n) {
        if (n < 2) return BigInteger.ONE;
        return product(2, n);
    }

    /** lo * (lo+1) * ... * hi. */
    private static BigInteger product(long lo, long hi) {
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) r = r.multiply(BigInteger.valueOf(i));
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    /** n * (n-1) * ... * (n-k+1). */
    static BigInteger fallingProduct(BigInteger n, long k) {
        if (k == 0) return BigInteger.ONE;
        return falling(n, 0, k);
    }

    private static BigInteger falling(BigInteger n, long from, long to) {
        if (to - from <= 16) {
            BigInteger r = BigInteger.ONE;
            for (long i = from; i < to; i++) r = r.multiply(n.subtract(BigInteger.valueOf(i)));
            return r;
        }
        long mid = (from + to) >>> 1;
        return falling(n, from, mid).multiply(falling(n, mid, to));
    }
}
