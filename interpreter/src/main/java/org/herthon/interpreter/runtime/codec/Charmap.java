package org.herthon.interpreter.runtime.codec;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

import org.herthon.interpreter.runtime.*;

/**
 * The charmap codec (the 8-bit code pages of the stdlib's encodings package): decoding with a
 * 256-character table or a mapping, encoding with an {@link EncodingMap} (charmap_build) or a
 * mapping; errors go through {@link Codecs}' handlers under the codec name "charmap".
 */
public final class Charmap {
    private Charmap() {}

    /** CPython's EncodingMap: a character to byte table made from a decoding table. */
    public static final class EncodingMap extends PyObject {
        public static final PyType TYPE = new PyType("EncodingMap", true, new PyType[]{PyType.OBJECT});
        static {
            TYPE.baseAllowed = false;
            TYPE.dict.putStr("__module__", PyStr.of("builtins"));
            TYPE.dict.putStr("size", PyBuiltinFunction.method("EncodingMap", "size", (a, k) -> PyInt.of(((EncodingMap) a[0]).map.size())));
        }
        final Map<Integer, Integer> map = new HashMap<>();
        @Override public PyType type() { return TYPE; }
    }

    /** charmap_build: an EncodingMap for a 256-character table, else a dict. */
    public static PyObject build(String table) {
        int[] cps = table.codePoints().toArray();
        if (cps.length == 256) {
            EncodingMap m = new EncodingMap();
            for (int i = 0; i < 256; i++) if (cps[i] != 0xfffe) m.map.putIfAbsent(cps[i], i);
            return m;
        }
        PyDict d = new PyDict();
        for (int i = 0; i < cps.length; i++) d.put(PyInt.of(cps[i]), PyInt.of(i));
        return d;
    }

    private static final String UNDEFINED = "character maps to <undefined>";

    public static String decode(byte[] data, String errors, PyObject mapping) {
        if (mapping == null || mapping == PyNone.INSTANCE) return Codecs.decodeChunk(data, "latin-1", errors, true).text;
        StringBuilder sb = new StringBuilder(data.length);
        int n = data.length, i = 0;
        String table = mapping instanceof PyStr ? ((PyStr) mapping).value : null;
        int[] tcp = table == null ? null : ((PyStr) mapping).codePoints();
        while (i < n) {
            int b = data[i] & 0xff;
            if (tcp != null) {
                if (b < tcp.length && tcp[b] != 0xfffe) { sb.appendCodePoint(tcp[b]); i++; continue; }
            } else {
                PyObject x;
                try {
                    x = Ops.getItem(mapping, PyInt.of(b));
                } catch (PyException e) {
                    if (!e.matches(PyExc.LookupError)) throw e;
                    x = null;
                }
                if (x instanceof PyInt || x instanceof PyBigInt) {
                    long v = x instanceof PyInt ? ((PyInt) x).value : -1;
                    if (v < 0 || v > 0x10ffff) throw Err.typeError("character mapping must be in range(0x110000)");
                    if (v != 0xfffe) { sb.appendCodePoint((int) v); i++; continue; }
                } else if (x instanceof PyStr) {
                    String v = ((PyStr) x).value;
                    if (!v.equals("\ufffe")) { sb.append(v); i++; continue; }
                } else if (x != null && x != PyNone.INSTANCE) {
                    throw Err.typeError("character mapping must return integer, None or str");
                }
            }
            i = Codecs.error(sb, "charmap", data, i, i + 1, UNDEFINED, errors);
        }
        return sb.toString();
    }

    /** The bytes for code point c under mapping, or null if it has none. */
    private static byte[] map(PyObject mapping, int c) {
        if (mapping instanceof EncodingMap) {
            Integer b = ((EncodingMap) mapping).map.get(c);
            return b == null ? null : new byte[]{(byte) (int) b};
        }
        PyObject x;
        try {
            x = Ops.getItem(mapping, PyInt.of(c));
        } catch (PyException e) {
            if (!e.matches(PyExc.LookupError)) throw e;
            return null;
        }
        if (x == PyNone.INSTANCE) return null;
        if (x instanceof PyInt) {
            long v = ((PyInt) x).value;
            if (v < 0 || v > 255) throw Err.typeError("character mapping must be in range(256)");
            return new byte[]{(byte) v};
        }
        if (x instanceof PyBytes) return ((PyBytes) x).data;
        throw Err.typeError("character mapping must return integer, bytes or None, not " + x.type().name);
    }

    public static byte[] encode(String s, String errors, PyObject mapping) {
        if (mapping == null || mapping == PyNone.INSTANCE) return Codecs.encodeBuiltin(s, "latin-1", errors);
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
        int i = 0;
        while (i < cps.length) {
            byte[] b = map(mapping, cps[i]);
            if (b != null) { out.writeBytes(b); i++; continue; }
            int end = i + 1;
            while (end < cps.length && map(mapping, cps[end]) == null) end++;
            Codecs.Repl r = Codecs.encodeHandler(errors, "charmap", s, cps, i, end, UNDEFINED);
            if (r.value instanceof byte[]) {
                out.writeBytes((byte[]) r.value);
            } else {
                String rep = (String) r.value;
                for (int k = 0; k < rep.length(); ) {
                    int rc = rep.codePointAt(k);
                    byte[] rb = map(mapping, rc);
                    if (rb == null) throw Codecs.encodeError("charmap", s, i, end, UNDEFINED);
                    out.writeBytes(rb);
                    k += Character.charCount(rc);
                }
            }
            i = r.pos;
        }
        return out.toByteArray();
    }
}
