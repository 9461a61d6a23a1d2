package org.herthon.interpreter.runtime;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** complex(real, imag) and complex(string), as CPython's complex_new and complex_from_string. */
final class ComplexParse {
    private ComplexParse() {}

    /** What PyOS_string_to_double accepts at the start of a string. */
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?|(?i:infinity|inf|nan))");

    static PyComplex construct(PyObject r, PyObject i, boolean exactType) {
        if (r == null) r = PyInt.of(0);
        if (exactType && r.getClass() == PyComplex.class && i == null) return (PyComplex) r;
        if (r instanceof PyStr) {
            if (i != null) throw Err.typeError("complex() can't take second arg if first is a string");
            return parse(((PyStr) r).value, r);
        }
        if (i instanceof PyStr) throw Err.typeError("complex() second arg can't be a string");
        PyObject cm = r.type().lookup("__complex__");
        if (cm != null) {
            PyObject res = Ops.callDunder(cm, r);
            if (!(res instanceof PyComplex)) throw Err.typeError("__complex__ returned non-complex (type " + res.type().name + ")");
            r = res;
        }
        if (!isNumber(r)) throw Err.typeError("complex() first argument must be a string or a number, not '" + r.type().name + "'");
        if (i != null && !isNumber(i)) throw Err.typeError("complex() second argument must be a number, not '" + i.type().name + "'");
        double crr, cri = 0, cir, cii = 0;
        boolean rComplex = r instanceof PyComplex, iComplex = i instanceof PyComplex;
        if (rComplex) { crr = ((PyComplex) r).real; cri = ((PyComplex) r).imag; }
        else crr = Slots.toFloat(r);
        if (i == null) cir = cri;
        else if (iComplex) { cir = ((PyComplex) i).real; cii = ((PyComplex) i).imag; }
        else cir = Slots.toFloat(i);
        if (iComplex) crr -= cii;
        if (rComplex && i != null) cir += cri;
        return new PyComplex(crr, cir);
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyComplex || o instanceof PyFloat || Arith.isInt(o)
                || o.type().lookup("__float__") != null || o.type().lookup("__index__") != null;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }

    static PyComplex parse(String text, PyObject orig) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); ) {
            int c = text.codePointAt(k);
            k += Character.charCount(c);
            if (c < 0x80) ascii.append((char) c);
            else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) ascii.append((char) ('0' + Character.digit(c, 10)));
            else if (StrMethods.isSpace(c)) ascii.append(' ');
            else ascii.append('?');
        }
        String s = ascii.toString();
        if (s.indexOf('_') >= 0) {
            for (int k = 0; k < s.length(); k++) {
                if (s.charAt(k) != '_') continue;
                boolean ok = k > 0 && k + 1 < s.length() && Character.isDigit(s.charAt(k - 1)) && Character.isDigit(s.charAt(k + 1));
                if (!ok) throw Err.valueError("could not convert string to complex: " + Ops.repr(orig));
            }
            s = s.replace("_", "");
        }
        int n = s.length(), p = 0;
        double x = 0, y = 0;
        while (p < n && isSpace(s.charAt(p))) p++;
        boolean bracket = false;
        if (p < n && s.charAt(p) == '(') {
            bracket = true;
            p++;
            while (p < n && isSpace(s.charAt(p))) p++;
        }
        Matcher m = FLOAT.matcher(s);
        m.region(p, n);
        if (m.lookingAt()) {
            double z = toDouble(m.group());
            p = m.end();
            char c = p < n ? s.charAt(p) : 0;
            if (c == '+' || c == '-') {
                x = z;
                m.region(p, n);
                if (m.lookingAt()) {
                    y = toDouble(m.group());
                    p = m.end();
                } else {
                    y = c == '+' ? 1.0 : -1.0;
                    p++;
                }
                if (!(p < n && (s.charAt(p) == 'j' || s.charAt(p) == 'J'))) throw malformed();
                p++;
            } else if (c == 'j' || c == 'J') {
                p++;
                y = z;
            } else {
                x = z;
            }
        } else {
            char c = p < n ? s.charAt(p) : 0;
            if (c == '+' || c == '-') {
                y = c == '+' ? 1.0 : -1.0;
                p++;
            } else {
                y = 1.0;
            }
            if (!(p < n && (s.charAt(p) == 'j' || s.charAt(p) == 'J'))) throw malformed();
            p++;
        }
        while (p < n && isSpace(s.charAt(p))) p++;
        if (bracket) {
            if (!(p < n && s.charAt(p) == ')')) throw malformed();
            p++;
            while (p < n && isSpace(s.charAt(p))) p++;
        }
        if (p != n) throw malformed();
        return new PyComplex(x, y);
    }

    private static PyException malformed() {
        return Err.valueError("complex() arg is a malformed string");
    }

    private static double toDouble(String t) {
        String low = t.toLowerCase();
        boolean neg = low.startsWith("-");
        String u = neg || low.startsWith("+") ? low.substring(1) : low;
        if (u.startsWith("inf")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (u.equals("nan")) return Double.NaN;
        return Double.parseDouble(t);
    }
}
