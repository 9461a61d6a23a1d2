package org.herthon.interpreter.modules;

import static org.herthon.interpreter.modules.ModuleSupport.def;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;
import org.herthon.interpreter.runtime.codec.Charmap;
import org.herthon.interpreter.runtime.codec.CodecRegistry;
import org.herthon.interpreter.runtime.codec.Codecs;
import org.herthon.interpreter.runtime.codec.EscapeCodecs;
import org.herthon.interpreter.runtime.codec.Utf7;

/**
 * CPython 3.11's _codecs: the codec registry (register, lookup, encode, decode, register_error,
 * lookup_error) and the per-codec functions the stdlib's encodings package calls, returning
 * (object, length consumed) as CPython does. A thin layer: the codecs and the error handlers are
 * runtime.codec's (the same ones str.encode and bytes.decode use), the registry is the interpreter's.
 */
public final class CodecsModule implements JavaModule {
    @Override public String name() { return "_codecs"; }

    private static PyObject[] pos(String name, PyObject[] a, String[] k, int min, int max) {
        Args.noKw(name, k);
        Args.range(name, a, min, max);
        PyObject[] p = new PyObject[max];
        System.arraycopy(a, 0, p, 0, a.length);
        return p;
    }

    private static String errors(String fname, PyObject o) {
        if (o == null || o == PyNone.INSTANCE) return "strict";
        if (o instanceof PyStr) return ((PyStr) o).value;
        throw Err.typeError(fname + "() argument 2 must be str or None, not " + o.type().name);
    }

    private static String str(String fname, PyObject o, int n) {
        if (o instanceof PyStr) return ((PyStr) o).value;
        throw Err.typeError(fname + "() argument " + (n == 0 ? "" : n + " ") + "must be str, not " + o.type().name);
    }

    private static int length(String s) { return s.codePointCount(0, s.length()); }

    /** A Py_buffer argument; with strOk also a str (its UTF-8 bytes), as the 's*' format. */
    private static byte[] buffer(PyObject o, boolean strOk) {
        if (strOk && o instanceof PyStr) return ((PyStr) o).value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] b = BytesMethods.bufferOrNull(o);
        if (b == null) throw Err.typeError("a bytes-like object is required, not '" + o.type().name + "'");
        return b;
    }

    private static boolean bool(PyObject o, boolean dflt) {
        return o == null ? dflt : Ops.isTrue(o);
    }

    private static PyTuple pair(PyObject v, int n) { return new PyTuple(v, PyInt.of(n)); }

    private static PyTuple decoded(Codecs.Decoded d) { return pair(PyStr.of(d.text), d.consumed); }

    private interface Encoder { byte[] encode(String s, String errors, PyObject[] p); }
    private interface Decoder { Codecs.Decoded decode(byte[] data, String errors, PyObject[] p); }

    private static void encoder(PyModule m, String name, int max, Encoder e) {
        def(m, name, (a, k) -> {
            PyObject[] p = pos(name, a, k, 1, max);
            String s = str(name, p[0], 1);
            return pair(new PyBytes(e.encode(s, errors(name, p[1]), p)), length(s));
        });
    }

    private static void decoder(PyModule m, String name, int max, boolean strOk, Decoder d) {
        def(m, name, (a, k) -> {
            PyObject[] p = pos(name, a, k, 1, max);
            return decoded(d.decode(buffer(p[0], strOk), errors(name, p[1]), p));
        });
    }

    private static int byteorder(PyObject o) {
        return o == null ? 0 : ModuleSupport.cInt(o);
    }

    private static String utfName(String base, int byteorder) {
        return byteorder == 0 ? base : byteorder < 0 ? base + "-le" : base + "-be";
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("_codecs");
        CodecRegistry reg = in.codecs;
        def(m, "register", (a, k) -> { Args.one("register", a, k); reg.register(a[0]); return PyNone.INSTANCE; });
        def(m, "unregister", (a, k) -> { Args.one("unregister", a, k); reg.unregister(a[0]); return PyNone.INSTANCE; });
        def(m, "lookup", (a, k) -> {
            Args.one("lookup", a, k);
            return reg.lookup(str("lookup", a[0], 0));
        });
        for (boolean enc : new boolean[]{true, false}) {
            String name = enc ? "encode" : "decode";
            def(m, name, (a, k) -> {
                PyObject[] p = Args.bind(name, a, k, new String[]{"obj", "encoding", "errors"}, 1, 3);
                String encoding = p[1] == null ? "utf-8" : str(name, p[1], 2);
                String errors = p[2] == null ? "strict" : str(name, p[2], 3);
                return enc ? reg.encode(p[0], encoding, errors) : reg.decode(p[0], encoding, errors);
            });
        }
        def(m, "register_error", (a, k) -> {
            PyObject[] p = pos("register_error", a, k, 2, 2);
            reg.registerError(str("register_error", p[0], 1), p[1]);
            return PyNone.INSTANCE;
        });
        def(m, "lookup_error", (a, k) -> {
            Args.one("lookup_error", a, k);
            return reg.lookupError(str("lookup_error", a[0], 0));
        });

        // ---- the codecs -------------------------------------------------------------------------
        encoder(m, "utf_8_encode", 2, (s, e, p) -> Codecs.encodeBuiltin(s, "utf-8", e));
        decoder(m, "utf_8_decode", 3, false, (d, e, p) -> Codecs.decodeChunk(d, "utf-8", e, bool(p[2], false)));
        encoder(m, "latin_1_encode", 2, (s, e, p) -> Codecs.encodeBuiltin(s, "latin-1", e));
        decoder(m, "latin_1_decode", 2, false, (d, e, p) -> Codecs.decodeChunk(d, "latin-1", e, true));
        encoder(m, "ascii_encode", 2, (s, e, p) -> Codecs.encodeBuiltin(s, "ascii", e));
        decoder(m, "ascii_decode", 2, false, (d, e, p) -> Codecs.decodeChunk(d, "ascii", e, true));
        for (String base : new String[]{"utf_16", "utf_32"}) {
            boolean is16 = base.equals("utf_16");
            String canon = is16 ? "utf-16" : "utf-32";
            encoder(m, base + "_encode", 3, (s, e, p) -> Codecs.encodeBuiltin(s, utfName(canon, byteorder(p[2])), e));
            encoder(m, base + "_le_encode", 2, (s, e, p) -> Codecs.encodeBuiltin(s, canon + "-le", e));
            encoder(m, base + "_be_encode", 2, (s, e, p) -> Codecs.encodeBuiltin(s, canon + "-be", e));
            for (int bo : new int[]{0, -1, 1}) {
                String name = base + (bo == 0 ? "" : bo < 0 ? "_le" : "_be") + "_decode";
                decoder(m, name, 3, false, (d, e, p) -> is16 ? Codecs.decodeUtf16(d, e, bo, bool(p[2], false)) : Codecs.decodeUtf32(d, e, bo, bool(p[2], false)));
            }
            String ex = base + "_ex_decode";
            def(m, ex, (a, k) -> {
                PyObject[] p = pos(ex, a, k, 1, 4);
                byte[] d = buffer(p[0], false);
                int bo = byteorder(p[2]);
                boolean fin = bool(p[3], false);
                Codecs.Decoded r = is16 ? Codecs.decodeUtf16(d, errors(ex, p[1]), bo, fin) : Codecs.decodeUtf32(d, errors(ex, p[1]), bo, fin);
                // the byte order is reported only once a BOM (or the caller) decided it
                int seen = bo != 0 ? bo : r.consumed >= (is16 ? 2 : 4) ? r.byteorder : 0;
                return new PyTuple(PyStr.of(r.text), PyInt.of(r.consumed), PyInt.of(seen));
            });
        }
        encoder(m, "utf_7_encode", 2, (s, e, p) -> Utf7.encode(s));
        decoder(m, "utf_7_decode", 3, false, (d, e, p) -> Utf7.decode(d, e, bool(p[2], false)));
        encoder(m, "unicode_escape_encode", 2, (s, e, p) -> EscapeCodecs.unicodeEscapeEncode(s));
        decoder(m, "unicode_escape_decode", 3, true, (d, e, p) -> EscapeCodecs.unicodeEscapeDecode(d, e, bool(p[2], true)));
        encoder(m, "raw_unicode_escape_encode", 2, (s, e, p) -> EscapeCodecs.rawUnicodeEscapeEncode(s));
        decoder(m, "raw_unicode_escape_decode", 3, true, (d, e, p) -> EscapeCodecs.rawUnicodeEscapeDecode(d, e, bool(p[2], true)));
        encoder(m, "charmap_encode", 3, (s, e, p) -> Charmap.encode(s, e, p[2]));
        def(m, "charmap_decode", (a, k) -> {
            PyObject[] p = pos("charmap_decode", a, k, 1, 3);
            byte[] d = buffer(p[0], false);
            return pair(PyStr.of(Charmap.decode(d, errors("charmap_decode", p[1]), p[2])), d.length);
        });
        def(m, "charmap_build", (a, k) -> {
            Args.one("charmap_build", a, k);
            return Charmap.build(str("charmap_build", a[0], 0));
        });
        def(m, "escape_encode", (a, k) -> {
            PyObject[] p = pos("escape_encode", a, k, 1, 2);
            if (!(p[0] instanceof PyBytes)) throw Err.typeError("escape_encode() argument 1 must be bytes, not " + p[0].type().name);
            byte[] d = ((PyBytes) p[0]).data;
            return pair(new PyBytes(EscapeCodecs.escapeEncode(d)), d.length);
        });
        def(m, "escape_decode", (a, k) -> {
            PyObject[] p = pos("escape_decode", a, k, 1, 2);
            byte[] d = buffer(p[0], true);
            String e = p[1] == null || p[1] == PyNone.INSTANCE ? null : errors("escape_decode", p[1]);
            return pair(new PyBytes(EscapeCodecs.escapeDecode(d, e)), d.length);
        });
        def(m, "readbuffer_encode", (a, k) -> {
            PyObject[] p = pos("readbuffer_encode", a, k, 1, 2);
            byte[] d = buffer(p[0], true);
            return pair(new PyBytes(d.clone()), d.length);
        });
        return m;
    }
}
