package org.herthon.interpreter.runtime.codec;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.herthon.interpreter.runtime.*;

/**
 * The built-in codecs (utf-8, ascii, latin-1, utf-16, utf-32 and their -le/-be forms) with
 * CPython's error handlers and exceptions. The API for str.encode, bytes.decode and _codecs:
 * {@link #encode}, {@link #decode}, {@link #decodeChunk} (incremental: stops before an incomplete
 * sequence at the end unless final), {@link #normalize}. Errors strict, ignore, replace,
 * backslashreplace, surrogateescape, surrogatepass, xmlcharrefreplace (encode), namereplace (encode).
 * An unknown handler name raises LookupError("unknown error handler name 'x'") when it is needed.
 */
public final class Codecs {
    private Codecs() {}

    /** The result of an incremental decode: the text and how many bytes it used. */
    public static final class Decoded {
        public final String text;
        public final int consumed;
        Decoded(String text, int consumed) { this.text = text; this.consumed = consumed; }
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

    private static void checkHandler(String errors) {
        switch (errors) {
            case "strict": case "ignore": case "replace": case "backslashreplace": case "surrogateescape": case "surrogatepass":
            case "xmlcharrefreplace": case "namereplace": return;
            default: throw Err.make(PyExc.LookupError, "unknown error handler name '" + errors + "'");
        }
    }

    // ---- exceptions -------------------------------------------------------------------------------
    public static PyException decodeError(String enc, byte[] data, int start, int end, String reason) {
        return Err.make(PyExc.UnicodeDecodeError, PyStr.of(enc), new PyBytes(data), PyInt.of(start), PyInt.of(end), PyStr.of(reason));
    }

    public static PyException encodeError(String enc, String s, int start, int end, String reason) {
        return Err.make(PyExc.UnicodeEncodeError, PyStr.of(enc), PyStr.of(s), PyInt.of(start), PyInt.of(end), PyStr.of(reason));
    }

    // ---- encoding -----------------------------------------------------------------------------
    public static byte[] encode(String s, String encoding, String errors) {
        String enc = codecName(encoding);
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean bom = enc.equals("utf-16") || enc.equals("utf-32");
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
            checkHandler(errors);
            switch (errors) {
                case "strict": throw encodeError(bom ? enc : enc, s, i, end, reason);
                case "ignore": break;
                case "replace": for (int j = i; j < end; j++) put(out, enc, '?'); break;
                case "backslashreplace":
                    for (int j = i; j < end; j++) putAscii(out, enc, backslash(cps[j]));
                    break;
                case "xmlcharrefreplace":
                    for (int j = i; j < end; j++) putAscii(out, enc, "&#" + cps[j] + ";");
                    break;
                case "namereplace":
                    for (int j = i; j < end; j++) {
                        String name = Character.getName(cps[j]);
                        putAscii(out, enc, name == null || cps[j] >= 0xd800 && cps[j] < 0xe000 ? backslash(cps[j]) : "\\N{" + name + "}");
                    }
                    break;
                case "surrogateescape":
                    for (int j = i; j < end; j++) {
                        int c2 = cps[j];
                        if (c2 >= 0xdc80 && c2 <= 0xdcff && (enc.equals("ascii") || enc.equals("latin-1") || enc.equals("utf-8"))) out.write(c2 - 0xdc00);
                        else throw encodeError(enc, s, j, j + 1, reason);
                    }
                    break;
                case "surrogatepass":
                    for (int j = i; j < end; j++) {
                        int c2 = cps[j];
                        if (c2 >= 0xd800 && c2 < 0xe000 && !enc.equals("ascii") && !enc.equals("latin-1")) putRaw(out, enc, c2);
                        else throw encodeError(enc, s, j, j + 1, reason);
                    }
                    break;
                default: break;
            }
            i = end;
        }
        return out.toByteArray();
    }

    private static String backslash(int c) {
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

    private static void putAscii(ByteArrayOutputStream out, String enc, String s) {
        for (int i = 0; i < s.length(); i++) put(out, enc, s.charAt(i));
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
    public static String decode(byte[] data, String encoding, String errors) {
        return decodeChunk(data, encoding, errors, true).text;
    }

    /** Decodes data; unless isFinal, an incomplete sequence at the end is left unconsumed. */
    public static Decoded decodeChunk(byte[] data, String encoding, String errors, boolean isFinal) {
        String enc = codecName(encoding);
        StringBuilder sb = new StringBuilder();
        int n = data.length;
        int i = 0;
        switch (enc) {
            case "ascii": case "latin-1":
                for (; i < n; i++) {
                    int b = data[i] & 0xff;
                    if (b < 0x80 || enc.equals("latin-1")) sb.append((char) b);
                    else error(sb, enc, data, i, i + 1, "ordinal not in range(128)", errors);
                }
                return new Decoded(sb.toString(), n);
            case "utf-8":
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
                        error(sb, enc, data, i, i + 1, "invalid start byte", errors);
                        i++;
                        continue;
                    }
                    int j = i + 1;
                    boolean bad = false;
                    for (int k = 0; k < need; k++, j++) {
                        if (j >= n) {
                            if (!isFinal) return new Decoded(sb.toString(), i);
                            error(sb, enc, data, i, n, "unexpected end of data", errors);
                            i = n;
                            bad = true;
                            break;
                        }
                        int c = data[j] & 0xff;
                        int l = k == 0 ? lo : 0x80, h = k == 0 ? hi : 0xbf;
                        if (c < l || c > h) {
                            error(sb, enc, data, i, j, "invalid continuation byte", errors);
                            i = j;
                            bad = true;
                            break;
                        }
                        cp = cp << 6 | c & 0x3f;
                    }
                    if (bad) continue;
                    sb.appendCodePoint(cp);
                    i = j;
                }
                return new Decoded(sb.toString(), n);
            case "utf-16": case "utf-16-le": case "utf-16-be": {
                boolean be = enc.equals("utf-16-be");
                if (enc.equals("utf-16") && n >= 2) {
                    if ((data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xfe) i = 2;
                    else if ((data[0] & 0xff) == 0xfe && (data[1] & 0xff) == 0xff) { i = 2; be = true; }
                }
                while (i < n) {
                    if (i + 1 >= n) {
                        if (!isFinal) return new Decoded(sb.toString(), i);
                        error(sb, enc, data, i, n, "truncated data", errors);
                        i = n;
                        break;
                    }
                    int u = be ? (data[i] & 0xff) << 8 | data[i + 1] & 0xff : (data[i + 1] & 0xff) << 8 | data[i] & 0xff;
                    if (u < 0xd800 || u >= 0xe000) { sb.append((char) u); i += 2; continue; }
                    if (u >= 0xdc00) {
                        if (errors.equals("surrogatepass")) { sb.append((char) u); i += 2; continue; }
                        error(sb, enc, data, i, i + 2, "illegal encoding", errors);
                        i += 2;
                        continue;
                    }
                    if (i + 3 >= n) {
                        if (!isFinal) return new Decoded(sb.toString(), i);
                        if (errors.equals("surrogatepass") && i + 2 == n) { sb.append((char) u); i += 2; continue; }
                        error(sb, enc, data, i, n, "unexpected end of data", errors);
                        i = n;
                        break;
                    }
                    int u2 = be ? (data[i + 2] & 0xff) << 8 | data[i + 3] & 0xff : (data[i + 3] & 0xff) << 8 | data[i + 2] & 0xff;
                    if (u2 >= 0xdc00 && u2 < 0xe000) { sb.append((char) u).append((char) u2); i += 4; continue; }
                    if (errors.equals("surrogatepass")) { sb.append((char) u); i += 2; continue; }
                    error(sb, enc, data, i, i + 2, "illegal UTF-16 surrogate", errors);
                    i += 2;
                }
                return new Decoded(sb.toString(), n);
            }
            default: {
                boolean be = enc.equals("utf-32-be");
                if (enc.equals("utf-32") && n >= 4) {
                    if ((data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xfe && data[2] == 0 && data[3] == 0) i = 4;
                    else if (data[0] == 0 && data[1] == 0 && (data[2] & 0xff) == 0xfe && (data[3] & 0xff) == 0xff) { i = 4; be = true; }
                }
                while (i < n) {
                    if (i + 3 >= n) {
                        if (!isFinal) return new Decoded(sb.toString(), i);
                        error(sb, enc, data, i, n, "truncated data", errors);
                        i = n;
                        break;
                    }
                    long c = be ? ((long) (data[i] & 0xff) << 24 | (data[i + 1] & 0xff) << 16 | (data[i + 2] & 0xff) << 8 | data[i + 3] & 0xff)
                            : ((long) (data[i + 3] & 0xff) << 24 | (data[i + 2] & 0xff) << 16 | (data[i + 1] & 0xff) << 8 | data[i] & 0xff);
                    if (c > 0x10ffff) error(sb, enc, data, i, i + 4, "code point not in range(0x110000)", errors);
                    else if (c >= 0xd800 && c < 0xe000 && !errors.equals("surrogatepass")) error(sb, enc, data, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", errors);
                    else sb.appendCodePoint((int) c);
                    i += 4;
                }
                return new Decoded(sb.toString(), n);
            }
        }
    }

    private static void error(StringBuilder sb, String enc, byte[] data, int start, int end, String reason, String errors) {
        checkHandler(errors);
        switch (errors) {
            case "ignore": return;
            case "replace": sb.append('\ufffd'); return;
            case "backslashreplace":
                for (int j = start; j < end; j++) sb.append(String.format("\\x%02x", data[j] & 0xff));
                return;
            case "surrogateescape":
                for (int j = start; j < end; j++) {
                    int b = data[j] & 0xff;
                    if (b < 128) throw decodeError(enc, data, start, end, reason);
                    sb.append((char) (0xdc00 + b));
                }
                return;
            default: throw decodeError(enc, data, start, end, reason);
        }
    }
}
