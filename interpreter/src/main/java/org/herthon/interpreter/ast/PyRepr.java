package org.herthon.interpreter.ast;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** Python's {@code repr()} of the constant types that can appear in an AST. */
public final class PyRepr {

    private PyRepr() {}

    public static String repr(Object value) {
        if (value == null) return "None";
        if (value instanceof Boolean b) return b ? "True" : "False";
        if (value instanceof String s) return strRepr(s);
        if (value instanceof Double d) return floatRepr(d);
        if (value instanceof Long || value instanceof BigInteger || value instanceof Integer) return value.toString();
        if (value instanceof Imaginary im) return complexRepr(im.imag());
        if (value instanceof Bytes b) return bytesRepr(b);
        if (value instanceof Ellipsis) return "Ellipsis";
        throw new IllegalArgumentException("no Python repr for " + value.getClass());
    }

    /** repr(str): single quotes unless the text has ' and no ", escapes as unicode_repr does. */
    public static String strRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') out.append('\\').appendCodePoint(cp);
            else if (cp == '\t') out.append("\\t");
            else if (cp == '\n') out.append("\\n");
            else if (cp == '\r') out.append("\\r");
            else if (cp < ' ' || cp == 0x7f) out.append(String.format("\\x%02x", cp));
            else if (cp < 0x7f || isPrintable(cp)) out.appendCodePoint(cp);
            else if (cp <= 0xff) out.append(String.format("\\x%02x", cp));
            else if (cp <= 0xffff) out.append(String.format("\\u%04x", cp));
            else out.append(String.format("\\U%08x", cp));
        }
        return out.append(quote).toString();
    }

    /** Python's str.isprintable for one character (Unicode categories C* and Z* except space are not). */
    static boolean isPrintable(int cp) {
        if (cp == ' ') return true;
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    public static String bytesRepr(Bytes b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < b.length(); i++) {
            if (b.get(i) == '\'') hasSingle = true;
            if (b.get(i) == '"') hasDouble = true;
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder("b").append(quote);
        for (int i = 0; i < b.length(); i++) {
            int c = b.get(i) & 0xff;
            if (c == quote || c == '\\') out.append('\\').append((char) c);
            else if (c == '\t') out.append("\\t");
            else if (c == '\n') out.append("\\n");
            else if (c == '\r') out.append("\\r");
            else if (c < ' ' || c >= 0x7f) out.append(String.format("\\x%02x", c));
            else out.append((char) c);
        }
        return out.append(quote).toString();
    }

    /** repr(float): the shortest decimal that round-trips, formatted as CPython's float_repr. */
    public static String floatRepr(double d) {
        return formatShortest(d, true);
    }

    /** repr(complex) for a purely imaginary value: "1j", "2.5j", "1e+20j". */
    public static String complexRepr(double imag) {
        return formatShortest(imag, false) + "j";
    }

    private static String formatShortest(double d, boolean addDotZero) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0 ? "-0" : "0") + (addDotZero ? ".0" : "");
        String sign = d < 0 ? "-" : "";
        double abs = Math.abs(d);
        BigDecimal exact = new BigDecimal(abs);
        BigDecimal shortest = null;
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == abs) {
                shortest = candidate;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        // value = 0.digits * 10^decpt
        int decpt = digits.length() - shortest.scale();
        StringBuilder out = new StringBuilder(sign);
        if (decpt <= -4 || decpt > 16) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) out.append('.').append(digits, 1, digits.length());
            int exp = decpt - 1;
            out.append('e').append(exp < 0 ? '-' : '+');
            String e = Integer.toString(Math.abs(exp));
            if (e.length() < 2) out.append('0');
            out.append(e);
        } else if (decpt <= 0) {
            out.append("0.").append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= digits.length()) {
            out.append(digits).append("0".repeat(decpt - digits.length()));
            if (addDotZero) out.append(".0");
        } else {
            out.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return out.toString();
    }
}
