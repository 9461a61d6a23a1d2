package org.herthon.interpreter.runtime;

import java.math.BigInteger;

/** format() specs, printf-style % formatting and str.format(). */
public final class StrFormat {
    private StrFormat() {}

    static final class Spec {
        char fill = ' ';
        char align = 0;
        char sign = 0;
        boolean z, alt, zero;
        int width = -1;
        char grouping = 0;
        int precision = -1;
        char type = 0;
    }

    static Spec parse(String s, PyObject v) {
        Spec sp = new Spec();
        int i = 0, n = s.length();
        if (n >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) {
            sp.fill = s.charAt(0);
            sp.align = s.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            sp.align = s.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) sp.sign = s.charAt(i++);
        if (i < n && s.charAt(i) == 'z') { sp.z = true; i++; }
        if (i < n && s.charAt(i) == '#') { sp.alt = true; i++; }
        if (i < n && s.charAt(i) == '0') {
            sp.zero = true;
            if (sp.align == 0) { sp.fill = '0'; sp.align = '='; }
            i++;
        }
        int st = i;
        while (i < n && Character.isDigit(s.charAt(i))) i++;
        if (i > st) sp.width = formatNumber(s.substring(st, i));
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) sp.grouping = s.charAt(i++);
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) throw Err.valueError("Cannot specify both ',' and '_'.");
        if (i < n && s.charAt(i) == '.') {
            i++;
            st = i;
            while (i < n && Character.isDigit(s.charAt(i))) i++;
            if (i == st) throw Err.valueError("Format specifier missing precision");
            sp.precision = formatNumber(s.substring(st, i));
        }
        if (i < n) sp.type = s.charAt(i++);
        if (i < n) throw Err.valueError("Invalid format specifier '" + s + "' for object of type '" + v.type().name + "'");
        return sp;
    }

    public static String formatBuiltin(PyObject v, String spec) {
        // an empty spec is str(self) for every built-in type (a subclass's __str__ or __repr__ counts)
        if (spec.isEmpty() && !v.type().builtin) return Ops.str(v);
        if (v instanceof PyStr) {
            if (spec.isEmpty()) return ((PyStr) v).value;
            return formatStr(((PyStr) v).value, parse(spec, v), v);
        }
        if (v instanceof PyBool && spec.isEmpty()) return v.pyRepr();
        if (Arith.isInt(v)) {
            if (spec.isEmpty()) return v.pyRepr();
            Spec sp = parse(spec, v);
            if (sp.type != 0 && "eEfFgG%".indexOf(sp.type) >= 0) return formatFloat(Arith.toDouble(v), sp, v);
            return formatInt(Arith.big(v), sp, v);
        }
        if (v instanceof PyFloat) {
            if (spec.isEmpty()) return v.pyRepr();
            return formatFloat(((PyFloat) v).value, parse(spec, v), v);
        }
        if (v instanceof PyComplex) {
            if (spec.isEmpty()) return v.pyRepr();
            return formatComplex((PyComplex) v, parse(spec, v), v);
        }
        if (spec.isEmpty()) return Ops.str(v);
        throw Err.typeError("unsupported format string passed to " + v.type().name + ".__format__");
    }

    static String pad(String body, Spec sp, char defaultAlign, int signPrefixLen) {
        int w = sp.width;
        int len = body.codePointCount(0, body.length());
        if (w <= len) return body;
        char align = sp.align == 0 ? defaultAlign : sp.align;
        int padN = w - len;
        String fill = String.valueOf(sp.fill);
        switch (align) {
            case '<': return body + fill.repeat(padN);
            case '^': return fill.repeat(padN / 2) + body + fill.repeat(padN - padN / 2);
            case '=': return body.substring(0, signPrefixLen) + fill.repeat(padN) + body.substring(signPrefixLen);
            default: return fill.repeat(padN) + body;
        }
    }

    static String formatStr(String s, Spec sp, PyObject v) {
        if (sp.type != 0 && sp.type != 's') {
            throw Err.valueError("Unknown format code '" + sp.type + "' for object of type '" + v.type().name + "'");
        }
        if (sp.sign != 0) throw Err.valueError("Sign not allowed in string format specifier");
        if (sp.alt) throw Err.valueError("Alternate form (#) not allowed in string format specifier");
        if (sp.align == '=') throw Err.valueError("'=' alignment not allowed in string format specifier");
        if (sp.precision >= 0 && s.codePointCount(0, s.length()) > sp.precision) {
            s = s.substring(0, s.offsetByCodePoints(0, sp.precision));
        }
        return pad(s, sp, '<', 0);
    }

    static String group(String digits, char sep, int every) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) sb.append(sep);
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    static String formatInt(BigInteger val, Spec sp, PyObject v) {
        char t = sp.type == 0 ? 'd' : sp.type;
        if ("bcdoxXn".indexOf(t) < 0) throw Err.valueError("Unknown format code '" + t + "' for object of type '" + v.type().name + "'");
        if (sp.precision >= 0) throw Err.valueError("Precision not allowed in integer format specifier");
        String digits;
        String prefix = "";
        switch (t) {
            case 'd': case 'n': digits = val.abs().toString(); break;
            case 'b': digits = val.abs().toString(2); if (sp.alt) prefix = "0b"; break;
            case 'o': digits = val.abs().toString(8); if (sp.alt) prefix = "0o"; break;
            case 'x': digits = val.abs().toString(16); if (sp.alt) prefix = "0x"; break;
            case 'X': digits = val.abs().toString(16).toUpperCase(); if (sp.alt) prefix = "0X"; break;
            case 'c': {
                if (sp.sign != 0) throw Err.valueError("Sign not allowed with integer format specifier 'c'");
                if (val.bitLength() > 63) throw Err.overflow("Python int too large to convert to C long");
                int cp = val.intValue();
                if (val.bitLength() > 31 || cp < 0 || cp > 0x10ffff) throw Err.overflow("%c arg not in range(0x110000)");
                return pad(new String(Character.toChars(cp)), sp, '>', 0);
            }
            default:
                throw Err.valueError("Unknown format code '" + t + "' for object of type '" + v.type().name + "'");
        }
        String sign = val.signum() < 0 ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
        if (sp.grouping != 0) {
            if (sp.grouping == ',' && t != 'd' && t != 'n') throw Err.valueError("Cannot specify ',' with '" + t + "'.");
            int every = (t == 'd' || t == 'n') ? 3 : 4;
            String g = group(digits, sp.grouping, every);
            if (sp.align == '=' && sp.fill == '0' && sp.width > 0) {
                int target = sp.width - sign.length() - prefix.length();
                while (g.length() < target) {
                    digits = "0" + digits;
                    g = group(digits, sp.grouping, every);
                }
                return sign + prefix + g;
            }
            digits = g;
        }
        return pad(sign + prefix + digits, sp, '>', sign.length() + prefix.length());
    }

    static String formatFloat(double d, Spec sp, PyObject v) {
        char t = sp.type;
        int prec = sp.precision;
        String body;
        boolean neg = d < 0 || (d == 0 && Double.doubleToRawLongBits(d) < 0);
        double a = Math.abs(d);
        switch (t) {
            case 'f': case 'F':
                body = FloatFormat.fixed(a, prec < 0 ? 6 : prec);
                if (t == 'F') body = body.toUpperCase();
                if (sp.alt && body.indexOf('.') < 0 && Double.isFinite(a)) body += ".";
                break;
            case 'e': case 'E':
                body = FloatFormat.exp(a, prec < 0 ? 6 : prec, t == 'E');
                // '#' keeps the point even with no digits after it ('1.e-02')
                if (sp.alt && body.indexOf('.') < 0 && Double.isFinite(a)) {
                    int e = body.indexOf(t);
                    if (e >= 0) body = body.substring(0, e) + "." + body.substring(e);
                }
                break;
            case 'g': case 'G': case 'n': body = FloatFormat.general(a, prec < 0 ? 6 : prec, t == 'G', sp.alt); break;
            case '%':
                body = FloatFormat.fixed(a * 100, prec < 0 ? 6 : prec);
                if (sp.alt && body.indexOf('.') < 0 && Double.isFinite(a)) body += ".";
                body += "%";
                break;
            case 0:
                // '#' keeps the trailing zeros of the precision ('%#.Ng')
                body = prec < 0 ? FloatFormat.repr(a) : sp.alt ? FloatFormat.general(a, prec == 0 ? 1 : prec, false, true) : FloatFormat.noType(a, prec);
                break;
            default:
                throw Err.valueError("Unknown format code '" + t + "' for object of type '" + v.type().name + "'");
        }
        if (sp.z && neg && isZeroText(body)) neg = false;
        if (Double.isNaN(d)) neg = false;
        if (sp.grouping != 0) {
            int end = 0;
            while (end < body.length() && Character.isDigit(body.charAt(end))) end++;
            String ip = body.substring(0, end);
            String rest = body.substring(end);
            if (sp.align == '=' && sp.fill == '0' && sp.width > 0) {
                String sign = neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
                int target = sp.width - sign.length() - rest.length();
                String g = group(ip, sp.grouping, 3);
                while (g.length() < target) { ip = "0" + ip; g = group(ip, sp.grouping, 3); }
                return sign + g + rest;
            }
            body = group(ip, sp.grouping, 3) + rest;
        }
        String sign = neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
        return pad(sign + body, sp, '>', sign.length());
    }

    /** complex.__format__ (CPython's format_complex_internal). */
    static String formatComplex(PyComplex z, Spec sp, PyObject v) {
        if (sp.fill == '0') throw Err.valueError("Zero padding is not allowed in complex format specifier");
        if (sp.align == '=') throw Err.valueError("'=' alignment flag is not allowed in complex format specifier");
        char t = sp.type;
        if (t != 0 && "eEfFgGn".indexOf(t) < 0) {
            throw Err.valueError("Unknown format code '" + t + "' for object of type '" + v.type().name + "'");
        }
        double re = z.real, im = z.imag;
        boolean skipRe = false, parens = false;
        if (t == 0) {
            if (re == 0.0 && Double.doubleToRawLongBits(re) == 0) skipRe = true;
            else parens = true;
        }
        Spec part = new Spec();
        part.type = t == 'n' || (t == 0 && sp.precision >= 0) ? 'g' : t;
        part.precision = sp.precision;
        part.alt = sp.alt;
        part.z = sp.z;
        part.grouping = sp.grouping;
        StringBuilder sb = new StringBuilder();
        if (parens) sb.append('(');
        if (!skipRe) {
            part.sign = sp.sign;
            sb.append(complexPart(re, part, v));
        }
        part.sign = skipRe ? sp.sign : '+';
        sb.append(complexPart(im, part, v)).append('j');
        if (parens) sb.append(')');
        Spec outer = new Spec();
        outer.fill = sp.fill;
        outer.align = sp.align;
        outer.width = sp.width;
        return pad(sb.toString(), outer, '>', 0);
    }

    private static String complexPart(double d, Spec part, PyObject v) {
        if (part.type == 0) {
            // like repr, without a forced ".0" (complex's str: (1+2j), 1.5j)
            boolean neg = d < 0 || (d == 0 && Double.doubleToRawLongBits(d) < 0);
            String body = FloatFormat.repr(Math.abs(d));
            if (body.endsWith(".0")) body = body.substring(0, body.length() - 2);
            if (Double.isNaN(d)) neg = false;
            if (part.z && neg && isZeroText(body)) neg = false;
            return (neg ? "-" : part.sign == '+' ? "+" : part.sign == ' ' ? " " : "") + body;
        }
        return formatFloat(d, part, v);
    }

    private static boolean isZeroText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '1' && c <= '9') return false;
        }
        return true;
    }

    // ---- printf-style ---------------------------------------------------------------------------
    public static String percent(String fmt, PyObject args) {
        return percent(fmt, args, false);
    }

    /**
     * printf-style formatting as CPython's PyUnicode_Format (bytesMode: _PyBytes_FormatEx, where fmt
     * and the result hold bytes as latin-1 chars). A non-tuple argument is the only argument; a
     * mapping (anything with __getitem__ but a tuple or a str/bytes) may also be used by %(key)s.
     */
    static String percent(String fmt, PyObject args, boolean bytesMode) {
        PyObject[] argv;
        int arglen, argidx;
        if (args instanceof PyTuple) {
            argv = ((PyTuple) args).items;
            arglen = argv.length;
            argidx = 0;
        } else {
            argv = new PyObject[]{args};
            arglen = -1;
            argidx = -2;
        }
        PyObject mapping = null;
        boolean textLike = bytesMode ? args instanceof PyBytes || args instanceof PyByteArray : args instanceof PyStr;
        if (!(args instanceof PyTuple) && !textLike && args.type().lookup("__getitem__") != null) mapping = args;
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') { out.append(c); continue; }
            i++;
            if (i >= n) throw Err.valueError("incomplete format");
            PyObject value = null;
            if (fmt.charAt(i) == '(') {
                if (mapping == null) throw Err.typeError("format requires a mapping");
                int depth = 1;
                int ks = i + 1;
                i++;
                while (i < n && depth > 0) {
                    if (fmt.charAt(i) == '(') depth++;
                    else if (fmt.charAt(i) == ')') depth--;
                    i++;
                }
                if (depth > 0) throw Err.valueError("incomplete format key");
                String key = fmt.substring(ks, i - 1);
                PyObject k = bytesMode ? new PyBytes(key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : PyStr.of(key);
                value = Ops.getItem(mapping, k);
                arglen = -1;
                argidx = -2;
            }
            Spec sp = new Spec();
            boolean left = false;
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                char f = fmt.charAt(i++);
                if (f == '-') left = true;
                else if (f == '+') sp.sign = '+';
                else if (f == ' ') { if (sp.sign != '+') sp.sign = ' '; }
                else if (f == '#') sp.alt = true;
                else sp.zero = true;
            }
            if (i < n && fmt.charAt(i) == '*') {
                i++;
                if (argidx >= arglen) throw Err.typeError("not enough arguments for format string");
                PyObject w = arglen < 0 ? args : argv[argidx];
                argidx++;
                if (!Arith.isInt(w)) throw Err.typeError("* wants int");
                sp.width = Ops.indexInt(w);
                if (sp.width < 0) { left = true; sp.width = -sp.width; }
            } else {
                int st = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                if (i > st) sp.width = formatNumber(fmt.substring(st, i));
            }
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    i++;
                    if (argidx >= arglen) throw Err.typeError("not enough arguments for format string");
                    PyObject w = arglen < 0 ? args : argv[argidx];
                    argidx++;
                    if (!Arith.isInt(w)) throw Err.typeError("* wants int");
                    sp.precision = Math.max(0, Ops.indexInt(w));
                } else {
                    int st = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                    sp.precision = i > st ? formatNumber(fmt.substring(st, i)) : 0;
                }
            }
            while (i < n && "hlL".indexOf(fmt.charAt(i)) >= 0) i++;
            if (i >= n) throw Err.valueError("incomplete format");
            char t = fmt.charAt(i);
            if (t == '%') { out.append('%'); continue; }
            if (value == null) {
                if (argidx >= arglen) throw Err.typeError("not enough arguments for format string");
                value = arglen < 0 ? args : argv[argidx];
                argidx++;
            }
            if (left) { sp.align = '<'; } else if (sp.zero && "diouxXeEfFgG".indexOf(t) >= 0) { sp.fill = '0'; sp.align = '='; } else sp.align = '>';
            String s;
            switch (t) {
                case 's': case 'b':
                    if (bytesMode) s = bytesOf(value);
                    else if (t == 'b') throw Err.valueError("unsupported format character 'b' (0x62) at index " + i);
                    else s = Ops.str(value);
                    if (sp.precision >= 0 && s.length() > sp.precision) s = s.substring(0, sp.precision);
                    s = pad(s, sp, '>', 0);
                    break;
                case 'r': case 'a': s = t == 'r' && !bytesMode ? Ops.repr(value) : Builtins0.ascii(Ops.repr(value)); if (sp.precision >= 0 && s.length() > sp.precision) s = s.substring(0, sp.precision); s = pad(s, sp, '>', 0); break;
                case 'd': case 'i': case 'u': {
                    PyObject iv;
                    if (Arith.isInt(value)) iv = value;
                    else if (value instanceof PyFloat) iv = Builtins0.floatToInt(((PyFloat) value).value);
                    else if (!value.type().builtin && value.type().lookup("__int__") != null) iv = Ops.callDunder(value.type().lookup("__int__"), value);
                    else throw Err.typeError("%" + t + " format: a real number is required, not " + value.type().name);
                    sp.type = 'd';
                    s = formatInt(Arith.big(iv), sp, iv);
                    break;
                }
                case 'o': case 'x': case 'X': {
                    if (!Arith.isInt(value) && !Ops.hasIndex(value)) throw Err.typeError("%" + t + " format: an integer is required, not " + value.type().name);
                    PyObject iv = Ops.indexObj(value);
                    sp.type = t;
                    s = formatInt(Arith.big(iv), sp, iv);
                    break;
                }
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                    double d;
                    if (value instanceof PyFloat || Arith.isInt(value)) d = Arith.toDouble(value);
                    else if (!value.type().builtin && value.type().lookup("__float__") != null) d = Arith.toDouble(Ops.callDunder(value.type().lookup("__float__"), value));
                    else throw Err.typeError("must be real number, not " + value.type().name);
                    sp.type = t;
                    if (sp.precision < 0) sp.precision = 6;
                    s = formatFloat(d, sp, value);
                    break;
                }
                case 'c': {
                    if (bytesMode) {
                        byte[] b = value instanceof PyBytes || value instanceof PyByteArray ? BytesMethods.bufferOrNull(value) : null;
                        if (b != null && b.length == 1) s = String.valueOf((char) (b[0] & 0xff));
                        else if (Arith.isInt(value)) {
                            java.math.BigInteger cv = Arith.big(value);
                            if (cv.signum() < 0 || cv.bitLength() > 8) throw Err.overflow("%c arg not in range(256)");
                            s = String.valueOf((char) cv.intValue());
                        } else throw Err.typeError("%c requires an integer in range(256) or a single byte");
                    } else if (value instanceof PyStr) {
                        if (((PyStr) value).cpLength() != 1) throw Err.typeError("%c requires int or char");
                        s = ((PyStr) value).value;
                    } else if (Arith.isInt(value)) {
                        long cp = Ops.index(value);
                        if (cp < 0 || cp > 0x10ffff) throw Err.overflow("%c arg not in range(0x110000)");
                        s = new String(Character.toChars((int) cp));
                    } else throw Err.typeError("%c requires int or char");
                    s = pad(s, sp, '>', 0);
                    break;
                }
                default:
                    throw Err.valueError("unsupported format character '" + t + "' (0x" + Integer.toHexString(t) + ") at index " + i);
            }
            out.append(s);
        }
        if (argidx < arglen && mapping == null) {
            throw Err.typeError(bytesMode ? "not all arguments converted during bytes formatting" : "not all arguments converted during string formatting");
        }
        return out.toString();
    }

    /** %s and %b of bytes formatting: a bytes-like object or __bytes__, as latin-1 chars. */
    private static String bytesOf(PyObject v) {
        byte[] b = BytesMethods.bufferOrNull(v);
        if (b == null) {
            PyObject f = v.type().lookup("__bytes__");
            if (f == null) {
                throw Err.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '" + v.type().name + "'");
            }
            PyObject r = Ops.callDunder(f, v);
            if (!(r instanceof PyBytes)) throw Err.typeError("__bytes__ returned non-bytes (type " + r.type().name + ")");
            b = BytesMethods.bufferOrNull(r);
        }
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    // ---- str.format ----------------------------------------------------------------------------
    public static String format(String fmt, PyObject[] args, PyDict kwargs) {
        int[] auto = {0};
        return vformat(fmt, args, kwargs, auto, 2);
    }

    private static String vformat(String fmt, PyObject[] args, PyDict kwargs, int[] auto, int depth) {
        if (depth < 0) throw Err.valueError("Max string recursion exceeded");
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') { out.append('}'); i++; continue; }
                throw Err.valueError("Single '}' encountered in format string");
            }
            if (c != '{') { out.append(c); continue; }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') { out.append('{'); i++; continue; }
            if (i + 1 == n) throw Err.valueError("Single '{' encountered in format string");
            // find matching '}'
            int j = i + 1, level = 1;
            while (j < n) {
                char d = fmt.charAt(j);
                if (d == '{') level++;
                else if (d == '}') { level--; if (level == 0) break; }
                j++;
            }
            if (j >= n) throw Err.valueError("expected '}' before end of string");
            String field = fmt.substring(i + 1, j);
            i = j;
            // split field into name, conversion, spec
            int k = 0, bracket = 0;
            while (k < field.length()) {
                char d = field.charAt(k);
                if (d == '[') bracket++;
                else if (d == ']') bracket--;
                else if (bracket == 0 && (d == '!' || d == ':')) break;
                k++;
            }
            String name = field.substring(0, k);
            char conv = 0;
            String spec = "";
            if (k < field.length() && field.charAt(k) == '!') {
                if (k + 1 >= field.length()) throw Err.valueError("end of string while looking for conversion specifier");
                conv = field.charAt(k + 1);
                k += 2;
                if (k < field.length() && field.charAt(k) != ':') throw Err.valueError("expected ':' after conversion specifier");
            }
            if (k < field.length() && field.charAt(k) == ':') spec = field.substring(k + 1);
            PyObject v = resolveField(name, args, kwargs, auto);
            if (conv == 'r') v = PyStr.of(Ops.repr(v));
            else if (conv == 's') v = PyStr.of(Ops.str(v));
            else if (conv == 'a') v = PyStr.of(Builtins0.ascii(Ops.repr(v)));
            else if (conv != 0) throw Err.valueError("Unknown conversion specifier " + conv);
            if (spec.indexOf('{') >= 0) spec = vformat(spec, args, kwargs, auto, depth - 1);
            out.append(Ops.format(v, spec));
        }
        return out.toString();
    }

    private static PyObject resolveField(String name, PyObject[] args, PyDict kwargs, int[] auto) {
        int k = 0;
        while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') k++;
        String first = name.substring(0, k);
        PyObject v;
        if (first.isEmpty()) {
            if (auto[0] < 0) throw Err.valueError("cannot switch from manual field specification to automatic field numbering");
            int idx = auto[0]++;
            if (idx >= args.length) throw Err.make(PyExc.IndexError, "Replacement index " + idx + " out of range for positional args tuple");
            v = args[idx];
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (auto[0] > 0) throw Err.valueError("cannot switch from automatic field numbering to manual field specification");
            auto[0] = -1;
            long idx = fieldNumber(first);
            if (idx >= args.length) throw Err.make(PyExc.IndexError, "Replacement index " + idx + " out of range for positional args tuple");
            v = args[(int) idx];
        } else {
            // a dict subclass (format_map) looks the name up with __getitem__, so __missing__ counts
            if (kwargs != null && kwargs.type() != PyType.DICT) v = kwargs.pyGetItem(PyStr.of(first));
            else v = kwargs == null ? null : kwargs.getStr(first);
            if (v == null) throw Err.keyError(PyStr.of(first));
        }
        while (k < name.length()) {
            char d = name.charAt(k);
            if (d == '.') {
                int e = k + 1;
                while (e < name.length() && name.charAt(e) != '.' && name.charAt(e) != '[') e++;
                v = Ops.getAttr(v, name.substring(k + 1, e));
                k = e;
            } else if (d == '[') {
                int e = name.indexOf(']', k);
                if (e < 0) throw Err.valueError("Missing ']' in format string");
                String key = name.substring(k + 1, e);
                PyObject kobj = !key.isEmpty() && key.chars().allMatch(Character::isDigit) ? PyInt.of(fieldNumber(key)) : PyStr.of(key);
                v = Ops.getItem(v, kobj);
                k = e + 1;
            } else {
                throw Err.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return v;
    }

    /** A field number or an element index of a replacement field: a C ssize_t too. */
    private static long fieldNumber(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw Err.valueError("Too many decimal digits in format string");
        }
    }

    /** A width or precision of a format spec: CPython refuses one that does not fit a C ssize_t. */
    private static int formatNumber(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw Err.valueError("Too many decimal digits in format string");
        }
    }
}
