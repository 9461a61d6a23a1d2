package org.herthon.interpreter.runtime;

public class PyStr extends PyObject {
    public final String value;
    private int hash;
    private boolean hashed;
    /** 0 unknown, 1 only BMP (char index == code point index), 2 has surrogate pairs. */
    private byte kind;
    private int[] cps;
    private static final PyStr[] CHARS = new PyStr[256];
    public static final PyStr EMPTY = new PyStr("");
    static {
        for (int i = 0; i < 256; i++) CHARS[i] = new PyStr(String.valueOf((char) i).intern());
    }

    public PyStr(String value) { this.value = value; }

    public static PyStr of(String s) {
        if (s.length() == 1) { char c = s.charAt(0); if (c < 256) return CHARS[c]; }
        if (s.isEmpty()) return EMPTY;
        return new PyStr(s);
    }
    public static PyStr ofChar(int cp) {
        if (cp < 256) return CHARS[cp];
        return new PyStr(new String(Character.toChars(cp)));
    }

    @Override public PyType type() { return PyType.STR; }
    @Override public String pyRepr() { return repr(value); }
    @Override public String pyStr() { return value; }
    @Override public boolean pyBool() { return !value.isEmpty(); }
    @Override public long pyHash() {
        if (!hashed) { hash = value.hashCode(); if (hash == -1) hash = -2; hashed = true; }
        return hash;
    }
    @Override public boolean hasLen() { return true; }
    @Override public int pyLen() { return isBmp() ? value.length() : codePoints().length; }

    public boolean isBmp() {
        if (kind == 0) {
            byte k = 1;
            String v = value;
            for (int i = 0, n = v.length(); i < n; i++) if (Character.isSurrogate(v.charAt(i))) { k = 2; break; }
            kind = k;
        }
        return kind == 1;
    }
    public int[] codePoints() {
        if (cps == null) cps = value.codePoints().toArray();
        return cps;
    }
    public int cpLength() { return isBmp() ? value.length() : codePoints().length; }
    public int cpAt(int i) { return isBmp() ? value.charAt(i) : codePoints()[i]; }
    /** substring by code point indices */
    public String cpSubstring(int start, int end) {
        if (isBmp()) return value.substring(start, end);
        return new String(codePoints(), start, end - start);
    }
    /** char index of code point index */
    public int charIndex(int cpIndex) { return isBmp() ? cpIndex : value.offsetByCodePoints(0, cpIndex); }
    public int cpIndex(int charIndex) { return isBmp() ? charIndex : value.codePointCount(0, charIndex); }

    @Override public PyObject pyRichCompare(PyObject other, int op) {
        if (!(other instanceof PyStr)) return PyNotImplemented.INSTANCE;
        String o = ((PyStr) other).value;
        switch (op) {
            case Ops.EQ: return PyBool.of(value.equals(o));
            case Ops.NE: return PyBool.of(!value.equals(o));
            default: return PyBool.of(Ops.cmpResult(compareCp(value, o), op));
        }
    }

    /** Code point order comparison (Java's compareTo compares UTF-16 units). */
    public static int compareCp(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    @Override public PyObject pyGetItem(PyObject key) {
        if (key instanceof PyInt) {
            int n = cpLength();
            long i = ((PyInt) key).value;
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Err.indexError("string index out of range");
            return ofChar(cpAt((int) i));
        }
        if (key instanceof PySlice) {
            PySlice s = (PySlice) key;
            int n = cpLength();
            long[] r = s.indices(n);
            int start = (int) r[0], stop = (int) r[1], step = (int) r[2], len = (int) r[3];
            if (step == 1) return of(len <= 0 ? "" : cpSubstring(start, start + len));
            StringBuilder sb = new StringBuilder();
            for (int i = 0, j = start; i < len; i++, j += step) sb.appendCodePoint(cpAt(j));
            return of(sb.toString());
        }
        if (Ops.hasIndex(key)) return pyGetItem(PyInt.of(Ops.index(key)));
        throw Err.typeError("string indices must be integers, not '" + key.type().name + "'");
    }

    @Override public int pyContains(PyObject item) {
        if (!(item instanceof PyStr)) throw Err.typeError("'in <string>' requires string as left operand, not " + item.type().name);
        return value.contains(((PyStr) item).value) ? 1 : 0;
    }
    @Override public boolean isIterable() { return true; }
    @Override public PyObject pyIter() { return new Iterators.StrIterator(this); }

    public static String repr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0, hasDouble = s.indexOf('"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", c));
            else if (c < 0x7f) sb.append((char) c);
            else if (isPrintable(c)) sb.appendCodePoint(c);
            else if (c <= 0xff) sb.append(String.format("\\x%02x", c));
            else if (c <= 0xffff) sb.append(String.format("\\u%04x", c));
            else sb.append(String.format("\\U%08x", c));
        }
        sb.append(q);
        return sb.toString();
    }

    public static boolean isPrintable(int c) {
        if (c == ' ') return true;
        int t = Character.getType(c);
        switch (t) {
            case Character.CONTROL: case Character.FORMAT: case Character.SURROGATE: case Character.PRIVATE_USE:
            case Character.UNASSIGNED: case Character.LINE_SEPARATOR: case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** Instances of Herthon subclasses of str. */
    public static final class Sub extends PyStr {
        final PyType cls;
        final PyDict dict = new PyDict();
        public Sub(PyType cls, String v) { super(v); this.cls = cls; }
        @Override public PyType type() { return cls; }
        @Override public PyDict getDict() { return dict; }
    }
}
