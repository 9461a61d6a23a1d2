package org.herthon.interpreter.builtins;

import org.herthon.interpreter.runtime.PyFloat;

/**
 * Math functions computed the way CPython 3.11 on glibc computes them, where Java's differ in
 * the last bit: CPython's own Lanczos gamma/lgamma (mathmodule.c) and fdlibm's hyperbolic
 * formulas (as in glibc) on top of exp/log.
 */
public final class LibM {
    private LibM() {}

    public static double cosh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x)) return x;
        if (ax < 0.5 * Math.log(2)) {
            if (ax < 0x1p-55) return 1.0;
            double t = Math.expm1(ax);
            double w = 1.0 + t;
            return 1.0 + (t * t) / (w + w);
        }
        if (ax < 22) {
            double t = Math.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ax < Math.log(Double.MAX_VALUE)) return 0.5 * Math.exp(ax);
        double w = Math.exp(0.5 * ax);
        double t = 0.5 * w;
        return t * w;
    }

    public static double sinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        double h = x < 0 ? -0.5 : 0.5;
        double ax = Math.abs(x);
        if (ax < 22) {
            if (ax < 0x1p-28) return x;
            double t = Math.expm1(ax);
            if (ax < 1) return h * (2.0 * t - t * t / (t + 1.0));
            return h * (t + t / (t + 1.0));
        }
        if (ax < Math.log(Double.MAX_VALUE)) return h * Math.exp(ax);
        double w = Math.exp(0.5 * ax);
        double t = h * w;
        return t * w;
    }

    public static double tanh(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return x > 0 ? 1.0 : -1.0;
        double ax = Math.abs(x), z;
        if (ax < 22) {
            if (ax < 0x1p-55) return x * (1.0 + x);
            if (ax >= 1) {
                double t = Math.expm1(2 * ax);
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = Math.expm1(-2 * ax);
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0;
        }
        return x >= 0 ? z : -z;
    }

    public static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        double ax = Math.abs(x), w;
        if (ax < 0x1p-28) return x;
        if (ax > 0x1p28) w = Math.log(ax) + Math.log(2);
        else if (ax > 2.0) w = Math.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
        else {
            double t = x * x;
            w = Math.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return x > 0 ? w : -w;
    }

    public static double acosh(double x) {
        if (x < 1) return Double.NaN;
        if (x >= 0x1p28) {
            if (Double.isInfinite(x)) return x;
            return Math.log(x) + Math.log(2);
        }
        if (x == 1.0) return 0.0;
        if (x > 2.0) {
            double t = x * x;
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    public static double atanh(double x) {
        double ax = Math.abs(x);
        if (ax >= 1) return Double.NaN;
        if (ax < 0x1p-28) return x;
        double t;
        if (ax < 0.5) {
            t = ax + ax;
            t = 0.5 * Math.log1p(t + t * ax / (1.0 - ax));
        } else {
            t = 0.5 * Math.log1p((ax + ax) / (1.0 - ax));
        }
        return x >= 0 ? t : -t;
    }

    /** log2 as e + log(m)/ln 2, the division carried in double-double so only log(m)'s rounding remains. */
    public static double log2(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) return x;
        if (x <= 0) return x == 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        int[] e = new int[1];
        double m = PyFloat.frexp(x, e);
        if (m == 0.5) return e[0] - 1;
        int k = e[0];
        if (m < Math.sqrt(0.5)) {
            m *= 2;
            k--;
        }
        double l = Math.log(m);
        final double INVLN2 = 1.4426950408889634, INVLN2_LO = 2.0355273740931033e-17;
        double hi = l * INVLN2;
        double lo = Math.fma(l, INVLN2, -hi) + l * INVLN2_LO;
        if (k == 0) return hi + lo;
        double s = k + hi;
        double err = (k - s) + hi;
        return s + (err + lo);
    }

    /** fdlibm's log10 (as glibc's e_log10.c) on top of a correctly rounded log. */
    public static double log10(double x) {
        final double TWO54 = 1.80143985094819840000e+16, IVLN10 = 4.34294481903251816668e-01,
                LOG10_2HI = 3.01029995663611771306e-01, LOG10_2LO = 3.69423907715893078616e-13;
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >> 32);
        int lx = (int) bits;
        int k = 0;
        if (hx < 0x00100000) {
            if (((hx & 0x7fffffff) | lx) == 0) return Double.NEGATIVE_INFINITY;
            if (hx < 0) return Double.NaN;
            k -= 54;
            x *= TWO54;
            bits = Double.doubleToRawLongBits(x);
            hx = (int) (bits >> 32);
        }
        if (hx >= 0x7ff00000) return x + x;
        k += (hx >> 20) - 1023;
        int i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = Double.longBitsToDouble(((long) hx << 32) | (Double.doubleToRawLongBits(x) & 0xffffffffL));
        double z = y * LOG10_2LO + IVLN10 * Math.log(x);
        return z + y * LOG10_2HI;
    }

    // ---- CPython's Lanczos gamma (mathmodule.c) -------------------------------------------
    private static final int LANCZOS_N = 13;
    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408
    };
    private static final double[] DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    private static final double[] GAMMA_INTEGRAL = {
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
        3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
        1307674368000.0, 20922789888000.0, 355687428096000.0,
        6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0};
    private static final double LOGPI = 1.144729885849400174143427351353058711647;

    private static double lanczosSum(double x) {
        double num = 0.0, den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_N; --i >= 0; ) {
                num = num * x + NUM[i];
                den = den * x + DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_N; i++) {
                num = num / x + NUM[i];
                den = den / x + DEN[i];
            }
        }
        return num / den;
    }

    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0, r;
        int n = (int) Math.round(2.0 * y);
        switch (n) {
            case 0: r = Math.sin(Math.PI * y); break;
            case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
            case 2: r = Math.sin(Math.PI * (1.0 - y)); break;
            case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
            default: r = Math.sin(Math.PI * (y - 2.0)); break;
        }
        return Math.copySign(1.0, x) * r;
    }

    public static double tgamma(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return x > 0 ? x : Double.NaN;
        if (x == 0.0) return Math.copySign(Double.POSITIVE_INFINITY, x);
        if (x == Math.floor(x)) {
            if (x < 0.0) return Double.NaN;
            if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[(int) x - 1];
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) return 1.0 / x;
        if (absx > 200.0) {
            if (x < 0.0) return 0.0 / sinpi(x);
            return Double.POSITIVE_INFINITY;
        }
        double y = absx + LANCZOS_G_MINUS_HALF, z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) r /= Math.pow(y, absx - 0.5);
            else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) r *= Math.pow(y, absx - 0.5);
            else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return r;
    }

    public static double lgamma(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) return Double.POSITIVE_INFINITY;
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) return -Math.log(absx);
        double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) r = LOGPI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
        return r;
    }

    /** glibc's cbrt (s_cbrt.c), which CPython's math.cbrt calls: same results bit for bit. */
    public static double cbrt(double x) {
        final double CBRT2 = 1.2599210498948731648, SQR_CBRT2 = 1.5874010519681994748;
        final double[] factor = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) return x + x;
        int[] e = new int[1];
        double xm = PyFloat.frexp(Math.abs(x), e);
        int xe = e[0];
        double u = (0.354895765043919860
                + ((1.50819193781584896
                + ((-2.11499494167371287
                + ((2.44693122563534430
                + ((-1.83469277483613086
                + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                * xm))
                * xm))
                * xm))
                * xm));
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * factor[2 + xe % 3];
        return Math.scalb(x > 0.0 ? ym : -ym, xe / 3);
    }
}
