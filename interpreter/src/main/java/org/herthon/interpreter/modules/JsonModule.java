package org.herthon.interpreter.modules;

import static org.herthon.interpreter.modules.ModuleSupport.def;

import java.util.IdentityHashMap;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/**
 * CPython 3.11's _json accelerator, as far as json takes it piece by piece: {@code scanstring}
 * (JSON string literals, with the C scanner's error messages and positions),
 * {@code encode_basestring_ascii}, {@code encode_basestring} and {@code make_encoder} (the one-shot
 * encoder json.dumps uses without indent: CPython's order of type checks, key rules, float and int
 * reprs, circular-reference check and messages) and {@code make_scanner} (the Scanner type json.loads
 * parses with: values, objects with their hooks, arrays, numbers, the NaN/Infinity constants).
 */
public final class JsonModule implements JavaModule {
    @Override public String name() { return "_json"; }

    private static PyException decodeError(Interpreter in, String msg, PyObject doc, int pos) {
        in.importAbsolute("json.decoder");
        PyObject cls = Ops.getAttr(in.sysModules().getStr("json.decoder"), "JSONDecodeError");
        PyObject e = cls.call(new PyObject[]{PyStr.of(msg), doc, PyInt.of(pos)}, null);
        return new PyException((PyBaseException) e);
    }

    private static int hex(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** scanstring(s, end, strict=True): the string whose opening quote is just before end, and the index after its closing quote. */
    static PyTuple scanstring(Interpreter in, PyStr pystr, long endArg, boolean strict) {
        int[] s = pystr.codePoints();
        int len = s.length;
        if (endArg < 0 || endArg > len) throw Err.valueError("end is out of bounds");
        int end = (int) endArg;
        int begin = end - 1;
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = 0;
            int next;
            for (next = end; next < len; next++) {
                c = s[next];
                if (c == '"' || c == '\\') break;
                if (c <= 0x1f && strict) throw decodeError(in, "Invalid control character at", pystr, next);
            }
            if (next >= len || !(c == '"' || c == '\\')) throw decodeError(in, "Unterminated string starting at", pystr, begin);
            for (int i = end; i < next; i++) sb.appendCodePoint(s[i]);
            next++;
            if (c == '"') {
                end = next;
                break;
            }
            if (next == len) throw decodeError(in, "Unterminated string starting at", pystr, begin);
            c = s[next];
            if (c != 'u') {
                end = next + 1;
                switch (c) {
                    case '"': case '\\': case '/': break;
                    case 'b': c = '\b'; break;
                    case 'f': c = '\f'; break;
                    case 'n': c = '\n'; break;
                    case 'r': c = '\r'; break;
                    case 't': c = '\t'; break;
                    default: c = 0;
                }
                if (c == 0) throw decodeError(in, "Invalid \\escape", pystr, end - 2);
            } else {
                c = 0;
                next++;
                end = next + 4;
                if (end >= len) throw decodeError(in, "Invalid \\uXXXX escape", pystr, next - 1);
                for (; next < end; next++) {
                    int h = hex(s[next]);
                    if (h < 0) throw decodeError(in, "Invalid \\uXXXX escape", pystr, end - 5);
                    c = c << 4 | h;
                }
                if (c >= 0xd800 && c <= 0xdbff && end + 6 < len && s[next++] == '\\' && s[next++] == 'u') {
                    int c2 = 0;
                    end += 6;
                    for (; next < end; next++) {
                        int h = hex(s[next]);
                        if (h < 0) throw decodeError(in, "Invalid \\uXXXX escape", pystr, end - 5);
                        c2 = c2 << 4 | h;
                    }
                    if (c2 >= 0xdc00 && c2 <= 0xdfff) c = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
                    else end -= 6;
                }
            }
            if (c >= 0xd800 && c <= 0xdfff) sb.append((char) c);
            else sb.appendCodePoint(c);
        }
        return new PyTuple(PyStr.of(sb.toString()), PyInt.of(end));
    }

    static String encodeAscii(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\': sb.append("\\\\"); break;
                case '"': sb.append("\\\""); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c >= ' ' && c < 0x7f) sb.append(c);
                    else sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.append('"').toString();
    }

    static String encodePlain(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\': sb.append("\\\\"); break;
                case '"': sb.append("\\\""); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < ' ') sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static String strArg(String fname, PyObject o) {
        if (o instanceof PyStr) return ((PyStr) o).value;
        throw Err.typeError("first argument must be a string, not " + o.type().name);
    }

    /** The state of one make_encoder object. */
    private static final class Encoder {
        PyObject markers, defaultFn, encoder, indent, keySep, itemSep;
        boolean sortKeys, skipKeys, allowNan;
        PyBuiltinFunction asciiFn, plainFn;
        IdentityHashMap<PyObject, Boolean> seen = new IdentityHashMap<>();

        String floatStr(PyObject o) {
            double v = ((PyFloat) o).value;
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                if (!allowNan) throw Err.valueError("Out of range float values are not JSON compliant");
                return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
            }
            return FloatFormat.repr(v);
        }

        String intStr(PyObject o) {
            if (o instanceof PyBigInt) return ((PyBigInt) o).value.toString();
            return Long.toString(((PyInt) o).value);
        }

        String string(PyObject s) {
            if (encoder == asciiFn) return encodeAscii(((PyStr) s).value);
            if (encoder == plainFn) return encodePlain(((PyStr) s).value);
            PyObject r = encoder.call1(s);
            if (!(r instanceof PyStr)) throw Err.typeError("encoder() must return a string, not " + r.type().name);
            return ((PyStr) r).value;
        }

        private void enter(PyObject o) {
            if (markers == PyNone.INSTANCE) return;
            if (seen.containsKey(o)) throw Err.valueError("Circular reference detected");
            seen.put(o, Boolean.TRUE);
        }

        private void leave(PyObject o) {
            if (markers != PyNone.INSTANCE) seen.remove(o);
        }

        void encode(StringBuilder out, PyObject o, int depth) {
            if (depth > 2000) throw Err.make(PyExc.RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
            if (o == PyNone.INSTANCE) out.append("null");
            else if (o == PyBool.TRUE) out.append("true");
            else if (o == PyBool.FALSE) out.append("false");
            else if (o instanceof PyStr) out.append(string(o));
            else if (o instanceof PyInt || o instanceof PyBigInt) out.append(intStr(o));
            else if (o instanceof PyFloat) out.append(floatStr(o));
            else if (o instanceof PyList || o instanceof PyTuple) {
                PyObject[] items = o instanceof PyList ? ((PyList) o).toArray() : ((PyTuple) o).items;
                if (items.length == 0) { out.append("[]"); return; }
                enter(o);
                out.append('[');
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) out.append(Ops.str(itemSep));
                    encode(out, items[i], depth + 1);
                }
                out.append(']');
                leave(o);
            } else if (o instanceof PyDict) {
                dict(out, (PyDict) o, depth);
            } else {
                enter(o);
                PyObject n = defaultFn.call1(o);
                encode(out, n, depth + 1);
                leave(o);
            }
        }

        void dict(StringBuilder out, PyDict d, int depth) {
            if (d.size() == 0) { out.append("{}"); return; }
            enter(d);
            out.append('{');
            PyObject[] pairs;
            if (sortKeys || d.type() != PyType.DICT) {
                PyObject items = Ops.getAttr(d, "items").call(PyObject.EMPTY, null);
                PyList l = new PyList();
                for (PyObject x : Ops.toArray(items)) l.append(x);
                if (sortKeys) Ops.getAttr(l, "sort").call(PyObject.EMPTY, null);
                pairs = l.toArray();
            } else {
                java.util.List<PyObject> ps = new java.util.ArrayList<>();
                for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) ps.add(new PyTuple(d.keys[i], d.values[i]));
                pairs = ps.toArray(new PyObject[0]);
            }
            boolean first = true;
            for (PyObject pair : pairs) {
                PyObject[] kv = Ops.toArray(pair);
                PyObject key = kv[0];
                String kstr;
                if (key instanceof PyStr) kstr = ((PyStr) key).value;
                else if (key instanceof PyFloat) kstr = floatStr(key);
                else if (key == PyBool.TRUE) kstr = "true";
                else if (key == PyBool.FALSE) kstr = "false";
                else if (key == PyNone.INSTANCE) kstr = "null";
                else if (key instanceof PyInt || key instanceof PyBigInt) kstr = intStr(key);
                else if (skipKeys) continue;
                else throw Err.typeError("keys must be str, int, float, bool or None, not " + key.type().name);
                if (!first) out.append(Ops.str(itemSep));
                first = false;
                out.append(string(PyStr.of(kstr)));
                out.append(Ops.str(keySep));
                encode(out, kv[1], depth + 1);
            }
            out.append('}');
            leave(d);
        }
    }

    /** The state of one make_scanner object (c_make_scanner(context)). */
    private static final class Scanner {
        final Interpreter in;
        boolean strict;
        PyObject objectHook, pairsHook, parseFloat, parseInt, parseConstant;
        int depth;
        /** Object keys seen in one scan: equal keys become the same str object (cleared after each call). */
        final java.util.HashMap<String, PyObject> memo = new java.util.HashMap<>();

        Scanner(Interpreter in) { this.in = in; }

        private static boolean ws(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

        private static PyException stop(int idx) {
            return Err.make(PyExc.StopIteration, PyInt.of(idx));
        }

        /** One JSON value at idx: the value, and next[0] the index after it. */
        PyObject scan(PyStr pystr, int[] s, int idx, int[] next) {
            int len = s.length;
            if (idx < 0) throw Err.valueError("idx cannot be negative");
            if (idx >= len) throw stop(idx);
            switch (s[idx]) {
                case '"': {
                    PyTuple t = scanstring(in, pystr, idx + 1, strict);
                    next[0] = (int) ((PyInt) t.items[1]).value;
                    return t.items[0];
                }
                case '{': return nested(pystr, s, idx + 1, next, true);
                case '[': return nested(pystr, s, idx + 1, next, false);
                case 'n':
                    if (idx + 3 < len && s[idx + 1] == 'u' && s[idx + 2] == 'l' && s[idx + 3] == 'l') { next[0] = idx + 4; return PyNone.INSTANCE; }
                    break;
                case 't':
                    if (idx + 3 < len && s[idx + 1] == 'r' && s[idx + 2] == 'u' && s[idx + 3] == 'e') { next[0] = idx + 4; return PyBool.TRUE; }
                    break;
                case 'f':
                    if (idx + 4 < len && s[idx + 1] == 'a' && s[idx + 2] == 'l' && s[idx + 3] == 's' && s[idx + 4] == 'e') { next[0] = idx + 5; return PyBool.FALSE; }
                    break;
                case 'N':
                    if (idx + 2 < len && s[idx + 1] == 'a' && s[idx + 2] == 'N') return constant("NaN", idx, next);
                    break;
                case 'I':
                    if (matches(s, idx, "Infinity")) return constant("Infinity", idx, next);
                    break;
                case '-':
                    if (matches(s, idx, "-Infinity")) return constant("-Infinity", idx, next);
                    break;
                default: break;
            }
            return number(s, idx, next);
        }

        private static boolean matches(int[] s, int idx, String word) {
            if (idx + word.length() > s.length) return false;
            for (int i = 0; i < word.length(); i++) if (s[idx + i] != word.charAt(i)) return false;
            return true;
        }

        private PyObject constant(String name, int idx, int[] next) {
            next[0] = idx + name.length();
            return parseConstant.call1(PyStr.of(name));
        }

        private PyObject number(int[] s, int start, int[] next) {
            int len = s.length, idx = start;
            if (s[idx] == '-') {
                idx++;
                if (idx >= len) throw stop(start);
            }
            if (s[idx] >= '1' && s[idx] <= '9') {
                idx++;
                while (idx < len && s[idx] >= '0' && s[idx] <= '9') idx++;
            } else if (s[idx] == '0') {
                idx++;
            } else {
                throw stop(start);
            }
            boolean isFloat = false;
            if (idx < len - 1 && s[idx] == '.' && s[idx + 1] >= '0' && s[idx + 1] <= '9') {
                isFloat = true;
                idx += 2;
                while (idx < len && s[idx] >= '0' && s[idx] <= '9') idx++;
            }
            if (idx < len - 1 && (s[idx] == 'e' || s[idx] == 'E')) {
                int eStart = idx;
                idx++;
                if (idx < len - 1 && (s[idx] == '-' || s[idx] == '+')) idx++;
                while (idx < len && s[idx] >= '0' && s[idx] <= '9') idx++;
                if (s[idx - 1] >= '0' && s[idx - 1] <= '9') isFloat = true;
                else idx = eStart;
            }
            String text = new String(s, start, idx - start);
            next[0] = idx;
            PyObject custom = isFloat ? (parseFloat == PyType.FLOAT ? null : parseFloat) : (parseInt == PyType.INT ? null : parseInt);
            if (custom != null) return custom.call1(PyStr.of(text));
            if (isFloat) return new PyFloat(Double.parseDouble(text));
            if (text.length() < 19) return PyInt.of(Long.parseLong(text));
            return PyInt.of(new java.math.BigInteger(text));
        }

        private PyObject nested(PyStr pystr, int[] s, int idx, int[] next, boolean object) {
            if (++depth > in.recursionLimit) {
                throw Err.make(PyExc.RecursionError, "maximum recursion depth exceeded while decoding a JSON " + (object ? "object" : "array") + " from a unicode string");
            }
            try {
                return object ? object(pystr, s, idx, next) : array(pystr, s, idx, next);
            } finally {
                depth--;
            }
        }

        private PyObject object(PyStr pystr, int[] s, int idx, int[] next) {
            int len = s.length;
            boolean pairsMode = pairsHook != PyNone.INSTANCE;
            PyList pairs = pairsMode ? new PyList() : null;
            PyDict d = pairsMode ? null : new PyDict();
            while (idx < len && ws(s[idx])) idx++;
            if (idx >= len || s[idx] != '}') {
                while (true) {
                    if (idx >= len || s[idx] != '"') throw decodeError(in, "Expecting property name enclosed in double quotes", pystr, idx);
                    PyTuple t = scanstring(in, pystr, idx + 1, strict);
                    PyObject key = t.items[0];
                    PyObject seen = memo.putIfAbsent(((PyStr) key).value, key);
                    if (seen != null) key = seen;
                    idx = (int) ((PyInt) t.items[1]).value;
                    while (idx < len && ws(s[idx])) idx++;
                    if (idx >= len || s[idx] != ':') throw decodeError(in, "Expecting ':' delimiter", pystr, idx);
                    idx++;
                    while (idx < len && ws(s[idx])) idx++;
                    PyObject val = scan(pystr, s, idx, next);
                    if (pairsMode) pairs.append(new PyTuple(key, val));
                    else d.put(key, val);
                    idx = next[0];
                    while (idx < len && ws(s[idx])) idx++;
                    if (idx < len && s[idx] == '}') break;
                    if (idx >= len || s[idx] != ',') throw decodeError(in, "Expecting ',' delimiter", pystr, idx);
                    idx++;
                    while (idx < len && ws(s[idx])) idx++;
                }
            }
            next[0] = idx + 1;
            if (pairsMode) return pairsHook.call1(pairs);
            if (objectHook != PyNone.INSTANCE) return objectHook.call1(d);
            return d;
        }

        private PyObject array(PyStr pystr, int[] s, int idx, int[] next) {
            int len = s.length;
            PyList out = new PyList();
            while (idx < len && ws(s[idx])) idx++;
            if (idx >= len || s[idx] != ']') {
                while (true) {
                    out.append(scan(pystr, s, idx, next));
                    idx = next[0];
                    while (idx < len && ws(s[idx])) idx++;
                    if (idx < len && s[idx] == ']') break;
                    if (idx >= len || s[idx] != ',') throw decodeError(in, "Expecting ',' delimiter", pystr, idx);
                    idx++;
                    while (idx < len && ws(s[idx])) idx++;
                }
            }
            if (idx >= len) throw decodeError(in, "Expecting value", pystr, idx);
            next[0] = idx + 1;
            return out;
        }
    }

    private static final class ScannerObject extends PyObject {
        final PyType cls;
        final Scanner scanner;

        ScannerObject(PyType cls, Scanner scanner) {
            this.cls = cls;
            this.scanner = scanner;
        }

        @Override public PyType type() { return cls; }
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("_json");
        m.dict.putStr("__doc__", PyStr.of("json speedups\n"));
        def(m, "scanstring", (a, k) -> {
            PyObject[] p = Args.bind("scanstring", a, k, new String[]{"string", "end", "strict"}, 2, 3);
            long end = ModuleSupport.ssize(p[1]);  // converted first, as the "On|p" format does
            boolean strict = p[2] == null || Ops.isTrue(p[2]);
            if (!(p[0] instanceof PyStr)) throw Err.typeError("first argument must be a string, not " + p[0].type().name);
            return scanstring(in, (PyStr) p[0], end, strict);
        });
        PyBuiltinFunction ascii = def(m, "encode_basestring_ascii", (a, k) -> {
            Args.one("encode_basestring_ascii", a, k);
            return PyStr.of(encodeAscii(strArg("encode_basestring_ascii", a[0])));
        });
        PyBuiltinFunction plain = def(m, "encode_basestring", (a, k) -> {
            Args.one("encode_basestring", a, k);
            return PyStr.of(encodePlain(strArg("encode_basestring", a[0])));
        });
        PyType encoderType = ModuleSupport.newType("_json", "make_encoder", null);
        encoderType.dict.putStr("__module__", PyStr.of("_json"));
        encoderType.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            PyObject[] p = Args.bind("make_encoder", ModuleSupport.tail(a, 1), k, new String[]{"markers", "default", "encoder", "indent",
                "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"}, 9, 9);
            if (p[0] != PyNone.INSTANCE && !(p[0] instanceof PyDict)) {
                throw Err.typeError("make_encoder() argument 1 must be dict or None, not " + p[0].type().name);
            }
            Encoder e = new Encoder();
            e.markers = p[0];
            e.defaultFn = p[1];
            e.encoder = p[2];
            e.indent = p[3];
            e.keySep = p[4];
            e.itemSep = p[5];
            e.sortKeys = Ops.isTrue(p[6]);
            e.skipKeys = Ops.isTrue(p[7]);
            e.allowNan = Ops.isTrue(p[8]);
            e.asciiFn = ascii;
            e.plainFn = plain;
            if (!(e.keySep instanceof PyStr)) throw Err.typeError("make_encoder() argument 5 must be str, not " + e.keySep.type().name);
            if (!(e.itemSep instanceof PyStr)) throw Err.typeError("make_encoder() argument 6 must be str, not " + e.itemSep.type().name);
            return new EncoderObject((PyType) a[0], e);
        })));
        encoderType.dict.putStr("__call__", PyBuiltinFunction.method("make_encoder", "__call__", (a, k) -> {
            PyObject[] p = Args.bind("__call__", ModuleSupport.tail(a, 1), k, new String[]{"obj", "_current_indent_level"}, 2, 2);
            Encoder e = ((EncoderObject) a[0]).encoder;
            StringBuilder out = new StringBuilder();
            e.seen.clear();
            e.encode(out, p[0], 0);
            return new PyTuple(PyStr.of(out.toString()));
        }));
        m.dict.putStr("make_encoder", encoderType);
        PyType scannerType = ModuleSupport.newType("_json", "Scanner", null);
        scannerType.dict.putStr("__doc__", PyStr.of("JSON scanner object"));
        scannerType.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            PyObject[] p = Args.bind("Scanner", ModuleSupport.tail(a, 1), k, new String[]{"context"}, 1, 1);
            PyObject ctx = p[0];
            Scanner sc = new Scanner(in);
            sc.strict = Ops.isTrue(Ops.getAttr(ctx, "strict"));
            sc.objectHook = Ops.getAttr(ctx, "object_hook");
            sc.pairsHook = Ops.getAttr(ctx, "object_pairs_hook");
            sc.parseFloat = Ops.getAttr(ctx, "parse_float");
            sc.parseInt = Ops.getAttr(ctx, "parse_int");
            sc.parseConstant = Ops.getAttr(ctx, "parse_constant");
            return new ScannerObject((PyType) a[0], sc);
        })));
        scannerType.dict.putStr("__call__", PyBuiltinFunction.method("Scanner", "__call__", (a, k) -> {
            PyObject[] p = Args.bind("__call__", ModuleSupport.tail(a, 1), k, new String[]{"string", "idx"}, 2, 2);
            if (!(p[0] instanceof PyStr)) throw Err.typeError("first argument must be a string, not " + p[0].type().name);
            long idx = ModuleSupport.ssize(p[1]);
            PyStr str = (PyStr) p[0];
            int[] next = new int[1];
            Scanner sc = ((ScannerObject) a[0]).scanner;
            if (idx < 0) throw Err.valueError("idx cannot be negative");
            int[] cps = str.codePoints();
            if (idx >= cps.length) throw Scanner.stop((int) Math.min(idx, Integer.MAX_VALUE));
            PyObject v;
            try {
                v = sc.scan(str, cps, (int) idx, next);
            } finally {
                sc.memo.clear();
            }
            return new PyTuple(v, PyInt.of(next[0]));
        }));
        m.dict.putStr("make_scanner", scannerType);
        return m;
    }

    private static final class EncoderObject extends PyObject {
        final PyType cls;
        final Encoder encoder;

        EncoderObject(PyType cls, Encoder encoder) {
            this.cls = cls;
            this.encoder = encoder;
        }

        @Override public PyType type() { return cls; }
    }
}
