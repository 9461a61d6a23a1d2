package org.herthon.interpreter.runtime.codec;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.herthon.interpreter.runtime.*;

/**
 * The built-in codecs (utf-8, ascii, latin-1, utf-16, utf-32 and their -le/-be forms) with
 * CPython's error handlers and exceptions. The API for str.encode, bytes.decode and _codecs:
 * {@link #encode}, {@link #decode}, {@link #decodeChunk} (incremental: stops before an incomplete
 * sequence at the end unless final), {@link #normalize}. Errors strict, ignore, replace,
 * backslashreplace, surrogateescape, surrogatepass, xmlcharrefreplace (encode), namereplace (encode)
 * are built in ({@link #encodeHandler}, {@link #decodeHandler}: the one implementation, also behind
 * the callables {@code codecs.lookup_error} returns); any other name goes to the interpreter's
 * {@link CodecRegistry} (handlers registered with {@code codecs.register_error}), and an unknown
 * name raises LookupError("unknown error handler name 'x'") when it is needed. An encoding that is
 * not built in goes to the registry's search functions (the stdlib's {@code encodings} package).
 */
public final class Codecs {
    private Codecs() {}

    /** The result of an incremental decode: the text, how many bytes it used, and (utf-16/32) the byte order seen. */
    public static final class Decoded {
        public final String text;
        public final int consumed;
        public final int byteorder;
        Decoded(String text, int consumed) { this(text, consumed, 0); }
        Decoded(String text, int consumed, int byteorder) { this.text = text; this.consumed = consumed; this.byteorder = byteorder; }
    }

    /** What an error handler gives back: the replacement (a String, or on encoding also a byte[]) and where to go on. */
    public static final class Repl {
        public final Object value;
        public final int pos;
        public Repl(Object value, int pos) { this.value = value; this.pos = pos; }
    }

    /** CPython's codec name for an encoding alias ("UTF8" -> "utf-8"), or null if not built in. */
    public static String normalize(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (e) {
            case "utf-8": case "utf8": case "u8": case "utf": case "cp65001": return "utf-8";
            case "ascii": case "us-ascii": case "646": case "us": return "ascii";
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "8859": case "cp819": case "l1": case "latin": return "latin-1";
            case "utf-16": case "utf16": case "u16": return "utf-16";
            case "utf-16-le": case "utf-16le": return "utf-16-le";
            case "utf-16-be": case "utf-16be": return "utf-16-be";
            case "utf-32": case "utf32": case "u32": return "utf-32";
            case "utf-32-le": case "utf-32le": return "utf-32-le";
            case "utf-32-be": case "utf-32be": return "utf-32-be";
            default: return null;
        }
    }

    private static String codecName(String encoding) {
        String n = normalize(encoding);
        if (n == null) throw Err.make(PyExc.LookupError, "unknown encoding: " + encoding);
        return n;
    }

    /** Whether name is one of the handlers built in here. */
    public static boolean builtinHandler(String errors) {
        switch (errors) {
            case "strict": case "ignore": case "replace": case "backslashreplace": case "surrogateescape": case "surrogatepass":
            case "xmlcharrefreplace": case "namereplace": return true;
            default: return false;
        }
    }

    // ---- exceptions -------------------------------------------------------------------------------
    public static PyException decodeError(String enc, byte[] data, int start, int end, String reason) {
        return Err.make(PyExc.UnicodeDecodeError, PyStr.of(enc), new PyBytes(data), PyInt.of(start), PyInt.of(end), PyStr.of(reason));
    }

    public static PyException encodeError(String enc, String s, int start, int end, String reason) {
        return Err.make(PyExc.UnicodeEncodeError, PyStr.of(enc), PyStr.of(s), PyInt.of(start), PyInt.of(end), PyStr.of(reason));
    }

    // ---- error handlers ---------------------------------------------------------------------------
    /**
     * The handler errors for an encode error at code points [start, end) of s (cps its code points):
     * a built-in handler here, else the registered one (called with a UnicodeEncodeError).
     */
    public static Repl encodeHandler(String errors, String enc, String s, int[] cps, int start, int end, String reason) {
        if (builtinHandler(errors)) return builtinEncode(errors, enc, cps, start, end, () -> encodeError(enc, s, start, end, reason));
        PyObject h = CodecRegistry.handler(errors);
        PyException e = encodeError(enc, s, start, end, reason);
        return handlerResult(h.call1(e.exc), cps.length, true);
    }

    /** The handler errors for a decode error at bytes [start, end) of data. */
    public static Repl decodeHandler(String errors, String enc, byte[] data, int start, int end, String reason) {
        if (builtinHandler(errors)) return builtinDecode(errors, enc, data, start, end, () -> decodeError(enc, data, start, end, reason));
        PyObject h = CodecRegistry.handler(errors);
        PyException e = decodeError(enc, data, start, end, reason);
        return handlerResult(h.call1(e.exc), data.length, false);
    }

    /** Checks an error handler's (replacement, position) tuple as CPython does. */
    static Repl handlerResult(PyObject r, int length, boolean encoding) {
        String what = encoding ? "encoding error handler must return (str/bytes, int) tuple" : "decoding error handler must return (str, int) tuple";
        if (!(r instanceof PyTuple) || ((PyTuple) r).items.length != 2) throw Err.typeError(what);
        PyObject v = ((PyTuple) r).items[0], p = ((PyTuple) r).items[1];
        Object value;
        if (v instanceof PyStr) value = ((PyStr) v).value;
        else if (encoding && v instanceof PyBytes) value = ((PyBytes) v).data;
        else throw Err.typeError(what);
        if (!(p instanceof PyInt)) throw Err.typeError(what);
        long pos = Ops.index(p);
        if (pos < 0) pos += length;
        if (pos < 0 || pos > length) throw Err.indexError("position " + Ops.index(p) + " from error handler out of bounds");
        return new Repl(value, (int) pos);
    }

    /** A built-in handler for an encode error; strict (and a handler that cannot help) throws exc. */
    public static Repl builtinEncode(String errors, String enc, int[] cps, int start, int end, java.util.function.Supplier<PyException> exc) {
        StringBuilder sb = new StringBuilder();
        switch (errors) {
            case "ignore": return new Repl("", end);
            case "replace":
                for (int j = start; j < end; j++) sb.append('?');
                return new Repl(sb.toString(), end);
            case "backslashreplace":
                for (int j = start; j < end; j++) sb.append(backslash(cps[j]));
                return new Repl(sb.toString(), end);
            case "xmlcharrefreplace":
                for (int j = start; j < end; j++) sb.append("&#").append(cps[j]).append(';');
                return new Repl(sb.toString(), end);
            case "namereplace":
                for (int j = start; j < end; j++) {
                    String name = org.herthon.interpreter.modules.UnicodedataModule.nameOf(cps[j]);
                    sb.append(name == null ? backslash(cps[j]) : "\\N{" + name + "}");
                }
                return new Repl(sb.toString(), end);
            case "surrogateescape": {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int j = start; j < end; j++) {
                    int c = cps[j];
                    if (c < 0xdc80 || c > 0xdcff) throw exc.get();
                    out.write(c - 0xdc00);
                }
                return new Repl(out.toByteArray(), end);
            }
            case "surrogatepass": {
                String n = enc == null ? null : normalize(enc);
                if (n == null || n.equals("ascii") || n.equals("latin-1")) throw exc.get();
                if (n.equals("utf-16")) n = "utf-16-le";
                if (n.equals("utf-32")) n = "utf-32-le";
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int j = start; j < end; j++) {
                    int c = cps[j];
                    if (c < 0xd800 || c > 0xdfff) throw exc.get();
                    putRaw(out, n, c);
                }
                return new Repl(out.toByteArray(), end);
            }
            default: throw exc.get();
        }
    }

    /** A built-in handler for a decode error; strict (and a handler that cannot help) throws exc. */
    public static Repl builtinDecode(String errors, String enc, byte[] data, int start, int end, java.util.function.Supplier<PyException> exc) {
        switch (errors) {
            case "xmlcharrefreplace": case "namereplace":
                throw Err.typeError("don't know how to handle UnicodeDecodeError in error callback");
            case "ignore": return new Repl("", end);
            case "replace": return new Repl("\ufffd", end);
            case "backslashreplace": {
                StringBuilder sb = new StringBuilder();
                for (int j = start; j < end; j++) sb.append(String.format("\\x%02x", data[j] & 0xff));
                return new Repl(sb.toString(), end);
            }
            case "surrogateescape": {
                StringBuilder sb = new StringBuilder();
                int j = start;
                for (; j < end && j < start + 4; j++) {
                    int b = data[j] & 0xff;
                    if (b < 128) break;
                    sb.append((char) (0xdc00 + b));
                }
                if (j == start) throw exc.get();
                return new Repl(sb.toString(), j);
            }
            case "surrogatepass": {
                String n = enc == null ? null : normalize(enc.replace("utf8", "utf-8"));
                if (n != null) {
                    int c = -1, len = 0;
                    if (n.equals("utf-8") && start + 3 <= data.length && (data[start] & 0xf0) == 0xe0
                            && (data[start + 1] & 0xc0) == 0x80 && (data[start + 2] & 0xc0) == 0x80) {
                        c = (data[start] & 0x0f) << 12 | (data[start + 1] & 0x3f) << 6 | data[start + 2] & 0x3f;
                        len = 3;
                    } else if (n.startsWith("utf-16") && start + 2 <= data.length) {
                        boolean be = n.equals("utf-16-be");
                        c = be ? (data[start] & 0xff) << 8 | data[start + 1] & 0xff : (data[start + 1] & 0xff) << 8 | data[start] & 0xff;
                        len = 2;
                    } else if (n.startsWith("utf-32") && start + 4 <= data.length) {
                        boolean be = n.equals("utf-32-be");
                        c = be ? (data[start] & 0xff) << 24 | (data[start + 1] & 0xff) << 16 | (data[start + 2] & 0xff) << 8 | data[start + 3] & 0xff
                                : (data[start + 3] & 0xff) << 24 | (data[start + 2] & 0xff) << 16 | (data[start + 1] & 0xff) << 8 | data[start] & 0xff;
                        len = 4;
                    }
                    if (c >= 0xd800 && c <= 0xdfff) return new Repl(String.valueOf((char) c), start + len);
                }
                throw exc.get();
            }
            default: throw exc.get();
        }
    }

    // ---- encoding -----------------------------------------------------------------------------
    /** str.encode: a built-in codec here, any other through the interpreter's codec registry. */
    public static byte[] encode(String s, String encoding, String errors) {
        String enc = normalize(encoding);
        if (enc == null) return CodecRegistry.encodeText(s, encoding, errors);
        return encodeBuiltin(s, enc, errors);
    }

    /** Encodes with a built-in codec (a name {@link #normalize} returns); utf-16/32 with byteorder 0 write a BOM. */
    public static byte[] encodeBuiltin(String s, String enc, String errors) {
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (enc.equals("utf-16")) { out.write(0xff); out.write(0xfe); }
        if (enc.equals("utf-32")) { out.write(0xff); out.write(0xfe); out.write(0); out.write(0); }
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (encodable(enc, c)) {
                put(out, enc, c);
                i++;
                continue;
            }
            int end = i + 1;
            if (enc.equals("ascii") || enc.equals("latin-1") || enc.equals("utf-8")) {
                while (end < cps.length && !encodable(enc, cps[end])) end++;
            }
            String reason = enc.equals("ascii") ? "ordinal not in range(128)" : enc.equals("latin-1") ? "ordinal not in range(256)" : "surrogates not allowed";
            Repl r = encodeHandler(errors, enc, s, cps, i, end, reason);
            if (r.value instanceof byte[]) {
                out.writeBytes((byte[]) r.value);
            } else {
                String rep = (String) r.value;
                for (int k = 0; k < rep.length(); ) {
                    int rc = rep.codePointAt(k);
                    boolean ok = enc.startsWith("utf") ? rc < 0x80 : encodable(enc, rc);
                    if (!ok) throw encodeError(enc, s, i, end, reason);
                    put(out, enc, rc);
                    k += Character.charCount(rc);
                }
            }
            i = r.pos;
        }
        return out.toByteArray();
    }

    static String backslash(int c) {
        if (c < 0x100) return String.format("\\x%02x", c);
        if (c < 0x10000) return String.format("\\u%04x", c);
        return String.format("\\U%08x", c);
    }

    private static boolean encodable(String enc, int c) {
        switch (enc) {
            case "ascii": return c < 0x80;
            case "latin-1": return c < 0x100;
            default: return c < 0xd800 || c >= 0xe000;
        }
    }

    private static void put(ByteArrayOutputStream out, String enc, int c) {
        if (enc.equals("ascii") || enc.equals("latin-1")) { out.write(c); return; }
        putRaw(out, enc, c);
    }

    private static void putRaw(ByteArrayOutputStream out, String enc, int c) {
        switch (enc) {
            case "utf-8":
                if (c < 0x80) out.write(c);
                else if (c < 0x800) { out.write(0xc0 | c >> 6); out.write(0x80 | c & 0x3f); }
                else if (c < 0x10000) { out.write(0xe0 | c >> 12); out.write(0x80 | c >> 6 & 0x3f); out.write(0x80 | c & 0x3f); }
                else { out.write(0xf0 | c >> 18); out.write(0x80 | c >> 12 & 0x3f); out.write(0x80 | c >> 6 & 0x3f); out.write(0x80 | c & 0x3f); }
                return;
            case "utf-16": case "utf-16-le": case "utf-16-be": {
                boolean be = enc.equals("utf-16-be");
                if (c >= 0x10000) {
                    int v = c - 0x10000;
                    put16(out, 0xd800 | v >> 10, be);
                    put16(out, 0xdc00 | v & 0x3ff, be);
                } else put16(out, c, be);
                return;
            }
            default: {
                boolean be = enc.equals("utf-32-be");
                if (be) { out.write(c >>> 24); out.write(c >> 16 & 0xff); out.write(c >> 8 & 0xff); out.write(c & 0xff); }
                else { out.write(c & 0xff); out.write(c >> 8 & 0xff); out.write(c >> 16 & 0xff); out.write(c >>> 24); }
            }
        }
    }

    private static void put16(ByteArrayOutputStream out, int v, boolean be) {
        if (be) { out.write(v >> 8); out.write(v & 0xff); } else { out.write(v & 0xff); out.write(v >> 8); }
    }

    // ---- decoding -----------------------------------------------------------------------------
    /** bytes.decode: a built-in codec here, any other through the interpreter's codec registry. */
    public static String decode(byte[] data, String encoding, String errors) {
        String enc = normalize(encoding);
        if (enc == null) return CodecRegistry.decodeText(data, encoding, errors);
        return decodeChunk(data, enc, errors, true).text;
    }

    /** Decodes data with a built-in codec; unless isFinal, an incomplete sequence at the end is left unconsumed. */
    public static Decoded decodeChunk(byte[] data, String encoding, String errors, boolean isFinal) {
        String enc = codecName(encoding);
        switch (enc) {
            case "ascii": case "latin-1": return decode8(data, enc, errors);
            case "utf-8": return decodeUtf8(data, errors, isFinal);
            case "utf-16": return decodeUtf16(data, errors, 0, isFinal);
            case "utf-16-le": return decodeUtf16(data, errors, -1, isFinal);
            case "utf-16-be": return decodeUtf16(data, errors, 1, isFinal);
            case "utf-32": return decodeUtf32(data, errors, 0, isFinal);
            case "utf-32-le": return decodeUtf32(data, errors, -1, isFinal);
            default: return decodeUtf32(data, errors, 1, isFinal);
        }
    }

    private static Decoded decode8(byte[] data, String enc, String errors) {
        StringBuilder sb = new StringBuilder(data.length);
        int n = data.length;
        int i = 0;
        boolean latin = enc.equals("latin-1");
        while (i < n) {
            int b = data[i] & 0xff;
            if (b < 0x80 || latin) { sb.append((char) b); i++; continue; }
            i = error(sb, enc, data, i, i + 1, "ordinal not in range(128)", errors);
        }
        return new Decoded(sb.toString(), n);
    }

    private static Decoded decodeUtf8(byte[] data, String errors, boolean isFinal) {
        StringBuilder sb = new StringBuilder(data.length);
        int n = data.length;
        int i = 0;
        outer:
        while (i < n) {
            int b = data[i] & 0xff;
            if (b < 0x80) { sb.append((char) b); i++; continue; }
            int need, lo = 0x80, hi = 0xbf, cp;
            if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; }
            else if (b >= 0xe0 && b <= 0xef) {
                need = 2; cp = b & 0x0f;
                if (b == 0xe0) lo = 0xa0;
                if (b == 0xed && !errors.equals("surrogatepass")) hi = 0x9f;
            } else if (b >= 0xf0 && b <= 0xf4) {
                need = 3; cp = b & 0x07;
                if (b == 0xf0) lo = 0x90;
                if (b == 0xf4) hi = 0x8f;
            } else {
                i = error(sb, "utf-8", data, i, i + 1, "invalid start byte", errors);
                continue;
            }
            int j = i + 1;
            for (int k = 0; k < need; k++, j++) {
                if (j >= n) {
                    if (!isFinal) return new Decoded(sb.toString(), i);
                    i = error(sb, "utf-8", data, i, n, "unexpected end of data", errors);
                    continue outer;
                }
                int c = data[j] & 0xff;
                int l = k == 0 ? lo : 0x80, h = k == 0 ? hi : 0xbf;
                if (c < l || c > h) {
                    i = error(sb, "utf-8", data, i, j, "invalid continuation byte", errors);
                    continue outer;
                }
                cp = cp << 6 | c & 0x3f;
            }
            sb.appendCodePoint(cp);
            i = j;
        }
        return new Decoded(sb.toString(), n);
    }

    /** utf-16 with byteorder 0 (a BOM decides, else little-endian), -1 (LE) or 1 (BE); the result's byteorder is the one used. */
    public static Decoded decodeUtf16(byte[] data, String errors, int byteorder, boolean isFinal) {
        StringBuilder sb = new StringBuilder(data.length / 2);
        int n = data.length;
        int i = 0;
        int bo = byteorder;
        if (bo == 0 && n >= 2) {
            if ((data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xfe) { i = 2; bo = -1; }
            else if ((data[0] & 0xff) == 0xfe && (data[1] & 0xff) == 0xff) { i = 2; bo = 1; }
        }
        boolean be = bo == 1;
        String enc = be ? "utf-16-be" : "utf-16-le";
        while (i < n) {
            if (i + 1 >= n) {
                if (!isFinal) return new Decoded(sb.toString(), i, bo);
                i = error(sb, enc, data, i, n, "truncated data", errors);
                continue;
            }
            int u = be ? (data[i] & 0xff) << 8 | data[i + 1] & 0xff : (data[i + 1] & 0xff) << 8 | data[i] & 0xff;
            if (u < 0xd800 || u >= 0xe000) { sb.append((char) u); i += 2; continue; }
            if (u >= 0xdc00) {
                if (errors.equals("surrogatepass")) { sb.append((char) u); i += 2; continue; }
                i = error(sb, enc, data, i, i + 2, "illegal encoding", errors);
                continue;
            }
            if (i + 3 >= n) {
                if (!isFinal) return new Decoded(sb.toString(), i, bo);
                if (errors.equals("surrogatepass") && i + 2 == n) { sb.append((char) u); i += 2; continue; }
                i = error(sb, enc, data, i, n, "unexpected end of data", errors);
                continue;
            }
            int u2 = be ? (data[i + 2] & 0xff) << 8 | data[i + 3] & 0xff : (data[i + 3] & 0xff) << 8 | data[i + 2] & 0xff;
            if (u2 >= 0xdc00 && u2 < 0xe000) { sb.append((char) u).append((char) u2); i += 4; continue; }
            if (errors.equals("surrogatepass")) { sb.append((char) u); i += 2; continue; }
            i = error(sb, enc, data, i, i + 2, "illegal UTF-16 surrogate", errors);
        }
        return new Decoded(sb.toString(), n, bo);
    }

    /** utf-32 with byteorder 0 (a BOM decides, else little-endian), -1 (LE) or 1 (BE). */
    public static Decoded decodeUtf32(byte[] data, String errors, int byteorder, boolean isFinal) {
        StringBuilder sb = new StringBuilder(data.length / 4);
        int n = data.length;
        int i = 0;
        int bo = byteorder;
        if (bo == 0 && n >= 4) {
            if ((data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xfe && data[2] == 0 && data[3] == 0) { i = 4; bo = -1; }
            else if (data[0] == 0 && data[1] == 0 && (data[2] & 0xff) == 0xfe && (data[3] & 0xff) == 0xff) { i = 4; bo = 1; }
        }
        boolean be = bo == 1;
        String enc = be ? "utf-32-be" : "utf-32-le";
        while (i < n) {
            if (i + 3 >= n) {
                if (!isFinal) return new Decoded(sb.toString(), i, bo);
                i = error(sb, enc, data, i, n, "truncated data", errors);
                continue;
            }
            long c = be ? ((long) (data[i] & 0xff) << 24 | (data[i + 1] & 0xff) << 16 | (data[i + 2] & 0xff) << 8 | data[i + 3] & 0xff)
                    : ((long) (data[i + 3] & 0xff) << 24 | (data[i + 2] & 0xff) << 16 | (data[i + 1] & 0xff) << 8 | data[i] & 0xff);
            if (c > 0x10ffff) { i = error(sb, enc, data, i, i + 4, "code point not in range(0x110000)", errors); continue; }
            if (c >= 0xd800 && c < 0xe000 && !errors.equals("surrogatepass")) {
                i = error(sb, enc, data, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", errors);
                continue;
            }
            sb.appendCodePoint((int) c);
            i += 4;
        }
        return new Decoded(sb.toString(), n, bo);
    }

    /** Runs the handler for a decode error, appends its replacement, returns where decoding goes on. */
    static int error(StringBuilder sb, String enc, byte[] data, int start, int end, String reason, String errors) {
        Repl r = decodeHandler(errors, enc, data, start, end, reason);
        sb.append((String) r.value);
        return r.pos;
    }
}
