package org.herthon.interpreter.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** CPython's float to string conversions (repr, %e/%f/%g and format specs). */
public final class FloatFormat {
    private FloatFormat() {}

    /** Shortest round-tripping digits: returns {digits, decpt} with value = 0.digits * 10**decpt. */
    static Object[] shortest(double v) {
        // v > 0, finite
        String s = Double.toString(v);
        String mant;
        int exp = 0;
        int ei = s.indexOf('E');
        if (ei >= 0) { mant = s.substring(0, ei); exp = Integer.parseInt(s.substring(ei + 1)); } else mant = s;
        int dot = mant.indexOf('.');
        String intPart = mant.substring(0, dot), frac = mant.substring(dot + 1);
        String digits = intPart + frac;
        int decpt = intPart.length() + exp;
        // strip leading zeros
        int lz = 0;
        while (lz < digits.length() - 1 && digits.charAt(lz) == '0') { lz++; decpt--; }
        digits = digits.substring(lz);
        digits = stripTrailingZeros(digits);
        // Up to 15 significant digits (DBL_DIG) no two decimals round to the same normal double,
        // so digits that round-trip (Double.toString's do) are the only ones of their length and
        // none shorter exists: CPython's repr. Only 16 and 17 digits need the search (JDK 17's
        // Double.toString is not always shortest there); it costs microseconds a float.
        if (digits.length() <= 15 && v >= Double.MIN_NORMAL) return new Object[]{digits, decpt};
        return searchShorter(v, digits, decpt);
    }

    /** The shortest round-tripping digits for v, nearest first, searched with BigDecimal ({@code digits}: Double.toString's, a last resort). */
    static Object[] searchShorter(double v, String digits, int decpt) {
        int n = digits.length();
        if (n > 1) {
            BigDecimal exact = new BigDecimal(v);
            // the nearest p-digit value first; when it falls outside v's rounding interval the
            // other neighbour may still be inside (2**-24 gives ...063e-08, not ...0625e-08)
            RoundingMode[] modes = {RoundingMode.HALF_EVEN, RoundingMode.UP, RoundingMode.DOWN};
            // up to 17 digits, not n: Double.toString's own n digits may be a round-tripping
            // neighbour of the nearest (2.9167075181061795E25 where CPython says ...796e+25)
            for (int p = 1; p <= 17; p++) {
                for (RoundingMode mode : modes) {
                    BigDecimal r = exact.round(new MathContext(p, mode));
                    if (r.doubleValue() == v) {
                        String u = r.unscaledValue().toString();
                        int dp = u.length() - r.scale();
                        String d = stripTrailingZeros(u);
                        return new Object[]{d, dp};
                    }
                }
            }
        }
        return new Object[]{digits, decpt};
    }

    private static String stripTrailingZeros(String d) {
        int e = d.length();
        while (e > 1 && d.charAt(e - 1) == '0') e--;
        return d.substring(0, e);
    }

    public static String repr(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return (Double.doubleToRawLongBits(v) < 0) ? "-0.0" : "0.0";
        boolean neg = v < 0;
        Object[] sd = shortest(Math.abs(v));
        String digits = (String) sd[0];
        int decpt = (Integer) sd[1];
        StringBuilder sb = new StringBuilder();
        if (neg) sb.append('-');
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            int e = decpt - 1;
            sb.append('e').append(e < 0 ? '-' : '+');
            int ae = Math.abs(e);
            if (ae < 10) sb.append('0');
            sb.append(ae);
        } else if (decpt <= 0) {
            sb.append("0.");
            for (int i = 0; i < -decpt; i++) sb.append('0');
            sb.append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits);
            for (int i = digits.length(); i < decpt; i++) sb.append('0');
            sb.append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    /** %f with the given number of decimals (no sign handling for nan/inf beyond CPython's). */
    public static String fixed(double v, int prec) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        BigDecimal bd = new BigDecimal(v).setScale(prec, RoundingMode.HALF_EVEN);
        String s = bd.abs().toPlainString();
        boolean neg = v < 0 || (v == 0 && Double.doubleToRawLongBits(v) < 0);
        return neg ? "-" + s : s;
    }

    /** %e with prec digits after the point. */
    public static String exp(double v, int prec, boolean upper) {
        if (Double.isNaN(v)) return upper ? "NAN" : "nan";
        if (Double.isInfinite(v)) return v > 0 ? (upper ? "INF" : "inf") : (upper ? "-INF" : "-inf");
        boolean neg = v < 0 || (v == 0 && Double.doubleToRawLongBits(v) < 0);
        double a = Math.abs(v);
        String digits;
        int e;
        if (a == 0) {
            digits = "0".repeat(prec + 1);
            e = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
            String u = r.unscaledValue().toString();
            e = u.length() - r.scale() - 1;
            if (u.length() < prec + 1) u = u + "0".repeat(prec + 1 - u.length());
            else if (u.length() > prec + 1) u = u.substring(0, prec + 1);
            digits = u;
        }
        StringBuilder sb = new StringBuilder();
        if (neg) sb.append('-');
        sb.append(digits.charAt(0));
        if (prec > 0) sb.append('.').append(digits, 1, digits.length());
        sb.append(upper ? 'E' : 'e').append(e < 0 ? '-' : '+');
        int ae = Math.abs(e);
        if (ae < 10) sb.append('0');
        sb.append(ae);
        return sb.toString();
    }

    /** %g semantics. alt keeps trailing zeros. */
    public static String general(double v, int prec, boolean upper, boolean alt) {
        if (Double.isNaN(v)) return upper ? "NAN" : "nan";
        if (Double.isInfinite(v)) return v > 0 ? (upper ? "INF" : "inf") : (upper ? "-INF" : "-inf");
        if (prec == 0) prec = 1;
        int e = roundedExponent(v, prec);
        String s;
        if (e >= -4 && e < prec) {
            s = fixed(v, prec - 1 - e);
            if (!alt && s.indexOf('.') >= 0) {
                s = stripZerosAfterPoint(s);
            } else if (alt && s.indexOf('.') < 0) s = s + ".";
        } else {
            s = exp(v, prec - 1, upper);
            if (!alt) {
                int ei = s.indexOf(upper ? 'E' : 'e');
                String m = s.substring(0, ei);
                if (m.indexOf('.') >= 0) m = stripZerosAfterPoint(m);
                s = m + s.substring(ei);
            } else if (s.indexOf('.') < 0) {
                int ei = s.indexOf(upper ? 'E' : 'e');
                s = s.substring(0, ei) + "." + s.substring(ei);
            }
        }
        return s;
    }

    /** The decimal exponent of v once rounded to prec significant digits (0 for zero): decides fixed or exponent form. */
    private static int roundedExponent(double v, int prec) {
        if (v == 0) return 0;
        BigDecimal r = new BigDecimal(Math.abs(v)).round(new MathContext(prec, RoundingMode.HALF_EVEN));
        return r.precision() - r.scale() - 1;
    }

    private static String stripZerosAfterPoint(String s) {
        int e = s.length();
        while (s.charAt(e - 1) == '0') e--;
        if (s.charAt(e - 1) == '.') e--;
        return s.substring(0, e);
    }

    /** format(x, '.Np') without a type: like 'g' but repr-style ("r" when no precision). */
    public static String noType(double v, int prec) {
        if (prec < 0) return repr(v);
        // like 'g' but always at least one digit after the point when fixed, and exponent notation
        // from exp >= prec - 1 (the format spec mini-language's rule for the None type)
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (prec == 0) prec = 1;
        int e = roundedExponent(v, prec);
        String s;
        if (e >= -4 && e < prec - 1) {
            s = fixed(v, prec - 1 - e);
            if (s.indexOf('.') >= 0) s = stripZerosAfterPoint(s);
            if (s.indexOf('.') < 0) s = s + ".0";
        } else {
            s = exp(v, prec - 1, false);
            int ei = s.indexOf('e');
            String m = s.substring(0, ei);
            if (m.indexOf('.') >= 0) m = stripZerosAfterPoint(m);
            s = m + s.substring(ei);
        }
        return s;
    }
}
