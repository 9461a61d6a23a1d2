package org.herthon.interpreter.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Methods of str. */
final class StrMethods {
    private StrMethods() {}

    static String s(PyObject o) { return ((PyStr) o).value; }

    static boolean isSpace(int c) {
        switch (c) {
            case ' ': case '\t': case '\n': case '\r': case 0x0b: case 0x0c: case 0x1c: case 0x1d: case 0x1e: case 0x1f: case 0x85: case 0xa0:
                return true;
            default:
                return c > 0x7f && (Character.isSpaceChar(c) || Character.isWhitespace(c));
        }
    }

    /** Adjusts [start, end) slice arguments to char indices of s. */
    static int[] range(PyStr str, PyObject[] a, int from) {
        int n = str.cpLength();
        long start = 0, end = n;
        if (a.length > from && a[from] != PyNone.INSTANCE) start = Ops.index(a[from]);
        if (a.length > from + 1 && a[from + 1] != PyNone.INSTANCE) end = Ops.index(a[from + 1]);
        if (start < 0) { start += n; if (start < 0) start = 0; }
        if (end < 0) { end += n; if (end < 0) end = 0; }
        if (end > n) end = n;
        if (start > n) start = n + 1;
        return new int[]{(int) start, (int) end};
    }

    static String argStr(PyObject o, String fname) {
        if (o instanceof PyStr) return ((PyStr) o).value;
        throw Err.typeError("must be str, not " + o.type().name);
    }

    static void init() {
        PyType t = PyType.STR;
        t.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            PyObject[] p = Args.bind("str", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[]{"object", "encoding", "errors"}, 0, 3);
            if (p[1] != null && !(p[1] instanceof PyStr)) throw Err.typeError("str() argument 'encoding' must be str, not " + p[1].type().name);
            if (p[2] != null && !(p[2] instanceof PyStr)) throw Err.typeError("str() argument 'errors' must be str, not " + p[2].type().name);
            String v;
            if (p[0] == null) v = "";
            else if (p[1] != null || p[2] != null) {
                byte[] raw = BytesMethods.bufferOrNull(p[0]);
                if (raw != null) v = decode(raw, p[1] == null ? "utf-8" : Ops.str(p[1]), p[2] == null ? "strict" : Ops.str(p[2]));
                else if (p[0] instanceof PyStr) throw Err.typeError("decoding str is not supported");
                else throw Err.typeError("decoding to str: need a bytes-like object, " + p[0].type().name + " found");
            } else v = Ops.str(p[0]);
            PyType cls = (PyType) a[0];
            return cls == PyType.STR ? PyStr.of(v) : new PyStr.Sub(cls, v);
        })));
        Slots.slots(t, "__repr__", "__str__", "__hash__", "__len__", "__getitem__", "__contains__", "__iter__", "compare");
        Slots.arith(t, Arith.ADD, Arith.MUL, Arith.MOD);
        Slots.def2(t, "__format__", (self, spec) -> PyStr.of(StrFormat.formatBuiltin(self, Args.str(spec, "format spec"))));
        Slots.def1(t, "upper", self -> PyStr.of(s(self).toUpperCase(Locale.ROOT)));
        Slots.def1(t, "lower", self -> PyStr.of(CaseMapping.lower(s(self))));
        Slots.def1(t, "casefold", self -> PyStr.of(CaseMapping.casefold(s(self))));
        Slots.def1(t, "swapcase", self -> PyStr.of(CaseMapping.swapcase(s(self))));
        Slots.def1(t, "capitalize", self -> PyStr.of(CaseMapping.capitalize(s(self))));
        Slots.def1(t, "title", self -> PyStr.of(CaseMapping.title(s(self))));
        Slots.def(t, "strip", (a, k) -> strip(a, k, 3, "strip"));
        Slots.def(t, "lstrip", (a, k) -> strip(a, k, 1, "lstrip"));
        Slots.def(t, "rstrip", (a, k) -> strip(a, k, 2, "rstrip"));
        Slots.def(t, "split", (a, k) -> split(a, k, false));
        Slots.def(t, "rsplit", (a, k) -> split(a, k, true));
        Slots.def(t, "splitlines", (a, k) -> {
            PyObject[] p = Args.bind("splitlines", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[]{"keepends"}, 0, 1);
            boolean keep = p[0] != null && Ops.isTrue(p[0]);
            String v = s(a[0]);
            PyList out = new PyList();
            int i = 0, n = v.length(), start = 0;
            while (i < n) {
                char c = v.charAt(i);
                int eol = -1;
                if (c == '\r' && i + 1 < n && v.charAt(i + 1) == '\n') eol = 2;
                else if (c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029) eol = 1;
                if (eol > 0) {
                    out.append(PyStr.of(v.substring(start, keep ? i + eol : i)));
                    i += eol;
                    start = i;
                } else i++;
            }
            if (start < n) out.append(PyStr.of(v.substring(start)));
            return out;
        });
        Slots.def2(t, "join", (self, it) -> {
            String sep = s(self);
            PyObject[] items = Ops.toArray(it);
            // sized first, as CPython's join: no copying as it grows (json.dumps joins ~10^5 pieces)
            long length = (long) sep.length() * Math.max(0, items.length - 1);
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyStr)) {
                    throw Err.typeError("sequence item " + i + ": expected str instance, " + items[i].type().name + " found");
                }
                length += ((PyStr) items[i]).value.length();
            }
            if (length > Integer.MAX_VALUE - 8) throw Err.make(PyExc.OverflowError, "join() result is too long for a Python string");
            StringBuilder sb = new StringBuilder((int) length);
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(sep);
                sb.append(((PyStr) items[i]).value);
            }
            return PyStr.of(sb.toString());
        });
        Slots.def(t, "replace", (a, k) -> {
            Args.noKw("replace", k);
            Args.range("replace", java.util.Arrays.copyOfRange(a, 1, a.length), 2, 3);
            String v = s(a[0]), old = argStr(a[1], "replace"), nw = argStr(a[2], "replace");
            long count = a.length > 3 ? Ops.index(a[3]) : -1;
            if (count < 0) {
                if (old.isEmpty()) {
                    StringBuilder sb = new StringBuilder(nw);
                    v.codePoints().forEach(c -> sb.appendCodePoint(c).append(nw));
                    return PyStr.of(sb.toString());
                }
                return PyStr.of(v.replace(old, nw));
            }
            StringBuilder sb = new StringBuilder();
            int i = 0;
            long done = 0;
            if (old.isEmpty()) {
                int[] cps = v.codePoints().toArray();
                for (int j = 0; j <= cps.length; j++) {
                    if (done < count) { sb.append(nw); done++; }
                    if (j < cps.length) sb.appendCodePoint(cps[j]);
                }
                return PyStr.of(sb.toString());
            }
            while (done < count) {
                int j = v.indexOf(old, i);
                if (j < 0) break;
                sb.append(v, i, j).append(nw);
                i = j + old.length();
                done++;
            }
            sb.append(v.substring(i));
            return PyStr.of(sb.toString());
        });
        Slots.def(t, "find", (a, k) -> PyInt.of(find(a, "find", false)));
        Slots.def(t, "rfind", (a, k) -> PyInt.of(find(a, "rfind", true)));
        Slots.def(t, "index", (a, k) -> {
            int r = find(a, "index", false);
            if (r < 0) throw Err.valueError("substring not found");
            return PyInt.of(r);
        });
        Slots.def(t, "rindex", (a, k) -> {
            int r = find(a, "rindex", true);
            if (r < 0) throw Err.valueError("substring not found");
            return PyInt.of(r);
        });
        Slots.def(t, "count", (a, k) -> {
            Args.range("count", java.util.Arrays.copyOfRange(a, 1, a.length), 1, 3);
            PyStr self = (PyStr) a[0];
            String sub = argStr(a[1], "count");
            int[] r = range(self, a, 2);
            if (r[0] > r[1]) return PyInt.ZERO;
            String v = self.cpSubstring(r[0], r[1]);
            if (sub.isEmpty()) return PyInt.of(v.codePointCount(0, v.length()) + 1);
            int c = 0, i = 0;
            while ((i = v.indexOf(sub, i)) >= 0) { c++; i += sub.length(); }
            return PyInt.of(c);
        });
        Slots.def(t, "startswith", (a, k) -> PyBool.of(affix(a, true)));
        Slots.def(t, "endswith", (a, k) -> PyBool.of(affix(a, false)));
        Slots.def2(t, "removeprefix", (self, p) -> {
            String v = s(self), x = argStr(p, "removeprefix");
            return v.startsWith(x) ? PyStr.of(v.substring(x.length())) : self;
        });
        Slots.def2(t, "removesuffix", (self, p) -> {
            String v = s(self), x = argStr(p, "removesuffix");
            return v.endsWith(x) && !x.isEmpty() ? PyStr.of(v.substring(0, v.length() - x.length())) : self;
        });
        Slots.def2(t, "partition", (self, sep) -> {
            String v = s(self), x = argStr(sep, "partition");
            if (x.isEmpty()) throw Err.valueError("empty separator");
            int i = v.indexOf(x);
            if (i < 0) return new PyTuple(self, PyStr.EMPTY, PyStr.EMPTY);
            return new PyTuple(PyStr.of(v.substring(0, i)), sep, PyStr.of(v.substring(i + x.length())));
        });
        Slots.def2(t, "rpartition", (self, sep) -> {
            String v = s(self), x = argStr(sep, "rpartition");
            if (x.isEmpty()) throw Err.valueError("empty separator");
            int i = v.lastIndexOf(x);
            if (i < 0) return new PyTuple(PyStr.EMPTY, PyStr.EMPTY, self);
            return new PyTuple(PyStr.of(v.substring(0, i)), sep, PyStr.of(v.substring(i + x.length())));
        });
        Slots.def(t, "center", (a, k) -> pad(a, "center", 0));
        Slots.def(t, "ljust", (a, k) -> pad(a, "ljust", 1));
        Slots.def(t, "rjust", (a, k) -> pad(a, "rjust", 2));
        Slots.def2(t, "zfill", (self, w) -> {
            String v = s(self);
            long width = Ops.index(w);
            int n = v.codePointCount(0, v.length());
            if (width <= n) return self;
            String sign = "";
            if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) { sign = v.substring(0, 1); v = v.substring(1); }
            return PyStr.of(sign + "0".repeat((int) (width - n)) + v);
        });
        Slots.def(t, "expandtabs", (a, k) -> {
            PyObject[] p = Args.bind("expandtabs", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[]{"tabsize"}, 0, 1);
            int ts = p[0] == null ? 8 : (int) Ops.index(p[0]);
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (char c : s(a[0]).toCharArray()) {
                if (c == '\t') {
                    if (ts > 0) { int spaces = ts - (col % ts); sb.append(" ".repeat(spaces)); col += spaces; }
                } else if (c == '\n' || c == '\r') { sb.append(c); col = 0; }
                else { sb.append(c); col++; }
            }
            return PyStr.of(sb.toString());
        });
        Slots.def1(t, "isdigit", self -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(c -> Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER && c >= 0x2070 && c <= 0x2089 || c == 0xb2 || c == 0xb3 || c == 0xb9)));
        Slots.def1(t, "isdecimal", self -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(Character::isDigit)));
        Slots.def1(t, "isnumeric", self -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(c -> Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER || Character.getType(c) == Character.LETTER_NUMBER)));
        Slots.def1(t, "isalpha", self -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(Character::isLetter)));
        Slots.def1(t, "isalnum", self -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(c -> Character.isLetterOrDigit(c) || Character.getType(c) == Character.OTHER_NUMBER)));
        Slots.def1(t, "isspace", self -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(StrMethods::isSpace)));
        Slots.def1(t, "isascii", self -> PyBool.of(s(self).chars().allMatch(c -> c < 128)));
        Slots.def1(t, "isidentifier", self -> PyBool.of(isIdentifier(s(self))));
        Slots.def1(t, "isprintable", self -> PyBool.of(s(self).codePoints().allMatch(c -> c != ' ' ? PyStr.isPrintable(c) : true)));
        Slots.def1(t, "islower", self -> {
            String v = s(self);
            boolean cased = false;
            for (int c : v.codePoints().toArray()) {
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) return PyBool.FALSE;
                if (Character.isLowerCase(c)) cased = true;
            }
            return PyBool.of(cased);
        });
        Slots.def1(t, "isupper", self -> {
            String v = s(self);
            boolean cased = false;
            for (int c : v.codePoints().toArray()) {
                if (Character.isLowerCase(c) || Character.isTitleCase(c)) return PyBool.FALSE;
                if (Character.isUpperCase(c)) cased = true;
            }
            return PyBool.of(cased);
        });
        Slots.def1(t, "istitle", self -> {
            String v = s(self);
            boolean cased = false, prevCased = false;
            for (int c : v.codePoints().toArray()) {
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    if (prevCased) return PyBool.FALSE;
                    prevCased = true;
                    cased = true;
                } else if (Character.isLowerCase(c)) {
                    if (!prevCased) return PyBool.FALSE;
                    prevCased = true;
                    cased = true;
                } else prevCased = false;
            }
            return PyBool.of(cased);
        });
        Slots.def(t, "format", (a, k) -> {
            int nkw = k == null ? 0 : k.length;
            PyObject[] pos = java.util.Arrays.copyOfRange(a, 1, a.length - nkw);
            PyDict kw = new PyDict();
            for (int i = 0; i < nkw; i++) kw.putStr(k[i], a[a.length - nkw + i]);
            return PyStr.of(StrFormat.format(s(a[0]), pos, kw));
        });
        Slots.def2(t, "format_map", (self, m) -> {
            PyDict d;
            if (m instanceof PyDict) d = (PyDict) m;
            else { d = new PyDict(); Builtins0.dictUpdate(d, m, null, null); }
            return PyStr.of(StrFormat.format(s(self), PyObject.EMPTY, d));
        });
        Slots.def(t, "encode", (a, k) -> {
            PyObject[] p = Args.bind("encode", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[]{"encoding", "errors"}, 0, 2);
            String enc = p[0] == null ? "utf-8" : Args.str(p[0], "encode() argument 'encoding'");
            String errors = p[1] == null ? "strict" : Args.str(p[1], "encode() argument 'errors'");
            return new PyBytes(org.herthon.interpreter.runtime.codec.Codecs.encode(s(a[0]), enc, errors));
        });
        t.dict.putStr("maketrans", new PyStaticMethod(PyBuiltinFunction.of("maketrans", (a, k) -> {
            if (k != null && k.length > 0) throw Err.typeError("maketrans() takes no keyword arguments");
            if (a.length < 1 || a.length > 3) {
                throw Err.typeError("maketrans expected " + (a.length < 1 ? "at least 1 argument, got 0" : "at most 3 arguments, got " + a.length));
            }
            PyDict d = new PyDict();
            if (a.length == 1) {
                if (!(a[0] instanceof PyDict)) throw Err.typeError("if you give only one argument to maketrans it must be a dict");
                PyDict src = (PyDict) a[0];
                for (int i = src.nextEntry(0); i >= 0; i = src.nextEntry(i + 1)) {
                    PyObject key = src.keys[i];
                    if (key instanceof PyStr) {
                        PyStr ks = (PyStr) key;
                        if (ks.cpLength() != 1) throw Err.valueError("string keys in translate table must be of length 1");
                        key = PyInt.of(ks.value.codePointAt(0));
                    } else if (!Arith.isInt(key)) {
                        throw Err.typeError("keys in translate table must be strings or integers");
                    }
                    d.put(key, src.values[i]);
                }
                return d;
            }
            if (!(a[1] instanceof PyStr)) throw Err.typeError("maketrans() argument 2 must be str, not " + a[1].type().name);
            if (a.length > 2 && !(a[2] instanceof PyStr)) throw Err.typeError("maketrans() argument 3 must be str, not " + a[2].type().name);
            if (!(a[0] instanceof PyStr)) throw Err.typeError("first maketrans argument must be a string if there is a second argument");
            int[] x = s(a[0]).codePoints().toArray(), y = s(a[1]).codePoints().toArray();
            if (x.length != y.length) throw Err.valueError("the first two maketrans arguments must have equal length");
            for (int i = 0; i < x.length; i++) d.put(PyInt.of(x[i]), PyInt.of(y[i]));
            if (a.length > 2) for (int c : s(a[2]).codePoints().toArray()) d.put(PyInt.of(c), PyNone.INSTANCE);
            return d;
        })));
        Slots.def2(t, "translate", (self, table) -> {
            StringBuilder sb = new StringBuilder();
            for (int c : s(self).codePoints().toArray()) {
                PyObject r;
                try {
                    r = Ops.getItem(table, PyInt.of(c));
                } catch (PyException e) {
                    if (e.matches(PyExc.LookupError)) { sb.appendCodePoint(c); continue; }
                    throw e;
                }
                if (r == PyNone.INSTANCE) continue;
                if (Arith.isInt(r)) {
                    java.math.BigInteger v = Arith.big(r);
                    if (v.signum() < 0 || v.compareTo(java.math.BigInteger.valueOf(0x10FFFF)) > 0) {
                        throw Err.valueError("character mapping must be in range(0x110000)");
                    }
                    sb.appendCodePoint(v.intValue());
                } else if (r instanceof PyStr) {
                    sb.append(((PyStr) r).value);
                } else {
                    throw Err.typeError("character mapping must return integer, None or str");
                }
            }
            return PyStr.of(sb.toString());
        });
    }

    static boolean isIdentifier(String v) {
        if (v.isEmpty()) return false;
        int c0 = v.codePointAt(0);
        if (!(Character.isLetter(c0) || c0 == '_' || Character.getType(c0) == Character.LETTER_NUMBER)) return false;
        return v.codePoints().skip(1).allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || Character.getType(c) == Character.CONNECTOR_PUNCTUATION);
    }

    static byte[] encode(String v, String enc) {
        return org.herthon.interpreter.runtime.codec.Codecs.encode(v, enc, "strict");
    }

    static String decode(byte[] b, String enc, String errors) {
        return org.herthon.interpreter.runtime.codec.Codecs.decode(b, enc, errors);
    }

    private static PyObject strip(PyObject[] a, String[] k, int mode, String name) {
        Args.noKw(name, k);
        if (a.length > 2) throw Err.typeError(name + " expected at most 1 argument, got " + (a.length - 1));
        String v = s(a[0]);
        String chars = a.length > 1 && a[1] != PyNone.INSTANCE ? argStr(a[1], name) : null;
        int st = 0, en = v.length();
        if ((mode & 1) != 0) while (st < en && (chars == null ? isSpace(v.charAt(st)) : chars.indexOf(v.charAt(st)) >= 0)) st++;
        if ((mode & 2) != 0) while (en > st && (chars == null ? isSpace(v.charAt(en - 1)) : chars.indexOf(v.charAt(en - 1)) >= 0)) en--;
        if (st == 0 && en == v.length()) return a[0];
        return PyStr.of(v.substring(st, en));
    }

    private static PyObject split(PyObject[] a, String[] k, boolean right) {
        String name = right ? "rsplit" : "split";
        PyObject[] p = Args.bind(name, java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[]{"sep", "maxsplit"}, 0, 2);
        String v = s(a[0]);
        if (p[0] != null && p[0] != PyNone.INSTANCE && !(p[0] instanceof PyStr)) throw Err.typeError("must be str or None, not " + p[0].type().name);
        String sep = p[0] == null || p[0] == PyNone.INSTANCE ? null : argStr(p[0], name);
        long max = p[1] == null ? -1 : Ops.index(p[1]);
        if (max < 0) max = Long.MAX_VALUE;
        List<String> out = new ArrayList<>();
        if (sep == null) {
            if (!right) {
                int i = 0, n = v.length();
                while (true) {
                    while (i < n && isSpace(v.charAt(i))) i++;
                    if (i >= n) break;
                    if (out.size() >= max) { out.add(v.substring(i)); break; }  // the rest keeps its trailing whitespace
                    int j = i;
                    while (j < n && !isSpace(v.charAt(j))) j++;
                    out.add(v.substring(i, j));
                    i = j;
                }
            } else {
                int i = v.length();
                while (true) {
                    while (i > 0 && isSpace(v.charAt(i - 1))) i--;
                    if (i <= 0) break;
                    if (out.size() >= max) {
                        out.add(v.substring(0, i));  // the rest keeps its leading whitespace
                        break;
                    }
                    int j = i;
                    while (j > 0 && !isSpace(v.charAt(j - 1))) j--;
                    out.add(v.substring(j, i));
                    i = j;
                }
                java.util.Collections.reverse(out);
            }
        } else {
            if (sep.isEmpty()) throw Err.valueError("empty separator");
            if (!right) {
                int i = 0;
                while (out.size() < max) {
                    int j = v.indexOf(sep, i);
                    if (j < 0) break;
                    out.add(v.substring(i, j));
                    i = j + sep.length();
                }
                out.add(v.substring(i));
            } else {
                int i = v.length();
                while (out.size() < max) {
                    int j = v.lastIndexOf(sep, i - sep.length());
                    if (j < 0 || i - sep.length() < 0) break;
                    out.add(v.substring(j + sep.length(), i));
                    i = j;
                }
                out.add(v.substring(0, i));
                java.util.Collections.reverse(out);
            }
        }
        PyObject[] r = new PyObject[out.size()];
        for (int i = 0; i < r.length; i++) r[i] = PyStr.of(out.get(i));
        return new PyList(r);
    }

    private static int find(PyObject[] a, String name, boolean right) {
        Args.range(name, java.util.Arrays.copyOfRange(a, 1, a.length), 1, 3);
        PyStr self = (PyStr) a[0];
        String sub = argStr(a[1], name);
        int[] r = range(self, a, 2);
        if (r[0] > r[1]) return -1;
        String v = self.value;
        int cs = self.charIndex(r[0]), ce = self.charIndex(r[1]);
        int idx;
        if (right) {
            idx = v.lastIndexOf(sub, ce - sub.length());
            if (idx < cs) idx = -1;
        } else {
            idx = v.indexOf(sub, cs);
            if (idx >= 0 && idx + sub.length() > ce) idx = -1;
        }
        return idx < 0 ? -1 : self.cpIndex(idx);
    }

    private static boolean affix(PyObject[] a, boolean start) {
        String name = start ? "startswith" : "endswith";
        Args.range(name, java.util.Arrays.copyOfRange(a, 1, a.length), 1, 3);
        PyStr self = (PyStr) a[0];
        String v;
        if (a.length == 2) {
            // no start or end: no code point count, no copy (json.loads asks a whole document
            // whether it starts with a byte order mark)
            v = self.value;
        } else {
            int[] r = range(self, a, 2);
            if (r[0] > r[1]) return false;
            v = self.cpSubstring(r[0], Math.max(r[0], r[1]));
        }
        PyObject x = a[1];
        if (x instanceof PyTuple) {
            for (PyObject o : ((PyTuple) x).items) {
                String p = argStr(o, name);
                if (start ? v.startsWith(p) : v.endsWith(p)) return true;
            }
            return false;
        }
        if (!(x instanceof PyStr)) {
            throw Err.typeError(name + " first arg must be str or a tuple of str, not " + x.type().name);
        }
        String p = ((PyStr) x).value;
        return start ? v.startsWith(p) : v.endsWith(p);
    }

    private static PyObject pad(PyObject[] a, String name, int mode) {
        Args.range(name, java.util.Arrays.copyOfRange(a, 1, a.length), 1, 2);
        String v = s(a[0]);
        long w = Ops.index(a[1]);
        String fill = " ";
        if (a.length > 2) {
            fill = argStr(a[2], name);
            if (fill.codePointCount(0, fill.length()) != 1) throw Err.typeError("The fill character must be exactly one character long");
        }
        int n = v.codePointCount(0, v.length());
        if (w <= n) return a[0];
        int total = (int) (w - n);
        switch (mode) {
            case 1: return PyStr.of(v + fill.repeat(total));
            case 2: return PyStr.of(fill.repeat(total) + v);
            default: {
                int left = (int) (total / 2 + (total & w & 1));
                return PyStr.of(fill.repeat(left) + v + fill.repeat(total - left));
            }
        }
    }
}
