package org.herthon.interpreter.runtime.codec;

import java.io.ByteArrayOutputStream;

import org.herthon.interpreter.modules.UnicodedataModule;
import org.herthon.interpreter.runtime.*;

/**
 * unicode_escape, raw_unicode_escape (str from and to Herthon escapes) and escape_encode /
 * escape_decode (bytes from and to bytes-literal escapes), as CPython's codecs do them: the same
 * error reasons and positions, and stopping before an incomplete escape when not final.
 */
public final class EscapeCodecs {
    private EscapeCodecs() {}

    private static int hex(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    // ---- unicode_escape -----------------------------------------------------------------------
    public static byte[] unicodeEscapeEncode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        s.codePoints().forEach(c -> {
            String e;
            if (c == '\\') e = "\\\\";
            else if (c == '\t') e = "\\t";
            else if (c == '\n') e = "\\n";
            else if (c == '\r') e = "\\r";
            else if (c >= 0x20 && c < 0x7f) { out.write(c); return; }
            else e = Codecs.backslash(c);
            out.writeBytes(e.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        });
        return out.toByteArray();
    }

    /** unicode_escape_decode: the text and the bytes used. */
    public static Codecs.Decoded unicodeEscapeDecode(byte[] d, String errors, boolean isFinal) {
        StringBuilder sb = new StringBuilder(d.length);
        int n = d.length, i = 0;
        while (i < n) {
            int c = d[i] & 0xff;
            if (c != '\\') { sb.append((char) c); i++; continue; }
            int start = i;
            int s = i + 1;
            String message;
            if (s >= n) {
                if (!isFinal) return new Codecs.Decoded(sb.toString(), start);
                i = Codecs.error(sb, "unicodeescape", d, start, n, "\\ at end of string", errors);
                continue;
            }
            c = d[s++] & 0xff;
            int count = 0;
            switch (c) {
                case '\n': i = s; continue;
                case '\\': sb.append('\\'); i = s; continue;
                case '\'': sb.append('\''); i = s; continue;
                case '"': sb.append('"'); i = s; continue;
                case 'b': sb.append('\b'); i = s; continue;
                case 'f': sb.append('\f'); i = s; continue;
                case 't': sb.append('\t'); i = s; continue;
                case 'n': sb.append('\n'); i = s; continue;
                case 'r': sb.append('\r'); i = s; continue;
                case 'v': sb.append('\u000b'); i = s; continue;
                case 'a': sb.append('\u0007'); i = s; continue;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = c - '0';
                    if (s < n && d[s] >= '0' && d[s] <= '7') {
                        v = v * 8 + d[s++] - '0';
                        if (s < n && d[s] >= '0' && d[s] <= '7') v = v * 8 + d[s++] - '0';
                    }
                    sb.append((char) v);
                    i = s;
                    continue;
                }
                case 'x': count = 2; message = "truncated \\xXX escape"; break;
                case 'u': count = 4; message = "truncated \\uXXXX escape"; break;
                case 'U': count = 8; message = "truncated \\UXXXXXXXX escape"; break;
                case 'N': {
                    message = "malformed \\N character escape";
                    if (s >= n) {
                        if (!isFinal) return new Codecs.Decoded(sb.toString(), start);
                        i = Codecs.error(sb, "unicodeescape", d, start, s, message, errors);
                        continue;
                    }
                    if (d[s] == '{') {
                        int nameStart = ++s;
                        while (s < n && d[s] != '}') s++;
                        if (s >= n) {
                            if (!isFinal) return new Codecs.Decoded(sb.toString(), start);
                            i = Codecs.error(sb, "unicodeescape", d, start, s, message, errors);
                            continue;
                        }
                        if (s > nameStart) {
                            String name = new String(d, nameStart, s - nameStart, java.nio.charset.StandardCharsets.ISO_8859_1);
                            s++;
                            int cp = UnicodedataModule.lookup(name);
                            if (cp >= 0) { sb.appendCodePoint(cp); i = s; continue; }
                            message = "unknown Unicode character name";
                        }
                    }
                    i = Codecs.error(sb, "unicodeescape", d, start, s, message, errors);
                    continue;
                }
                default:
                    sb.append('\\').append((char) c);
                    i = s;
                    continue;
            }
            long v = 0;
            boolean bad = false;
            for (; count > 0; s++, count--) {
                if (s >= n) {
                    if (!isFinal) return new Codecs.Decoded(sb.toString(), start);
                    bad = true;
                    break;
                }
                int h = hex(d[s] & 0xff);
                if (h < 0) { bad = true; break; }
                v = v << 4 | h;
            }
            if (!bad && v > 0x10ffff) { message = "illegal Unicode character"; bad = true; }
            if (bad) { i = Codecs.error(sb, "unicodeescape", d, start, s, message, errors); continue; }
            sb.appendCodePoint((int) v);
            i = s;
        }
        return new Codecs.Decoded(sb.toString(), n);
    }

    // ---- raw_unicode_escape -------------------------------------------------------------------
    public static byte[] rawUnicodeEscapeEncode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        s.codePoints().forEach(c -> {
            if (c < 0x100) out.write(c);
            else out.writeBytes((c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c)).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        });
        return out.toByteArray();
    }

    public static Codecs.Decoded rawUnicodeEscapeDecode(byte[] d, String errors, boolean isFinal) {
        StringBuilder sb = new StringBuilder(d.length);
        int n = d.length, i = 0;
        while (i < n) {
            int c = d[i] & 0xff;
            if (c != '\\') { sb.append((char) c); i++; continue; }
            int start = i;
            int s = i + 1;
            if (s >= n) {
                if (!isFinal) return new Codecs.Decoded(sb.toString(), start);
                sb.append('\\');
                i = s;
                continue;
            }
            c = d[s++] & 0xff;
            int count;
            String message;
            if (c == 'u') { count = 4; message = "truncated \\uXXXX escape"; }
            else if (c == 'U') { count = 8; message = "truncated \\UXXXXXXXX escape"; }
            else { sb.append('\\').append((char) c); i = s; continue; }
            long v = 0;
            boolean bad = false;
            for (; count > 0; s++, count--) {
                if (s >= n) {
                    if (!isFinal) return new Codecs.Decoded(sb.toString(), start);
                    bad = true;
                    break;
                }
                int h = hex(d[s] & 0xff);
                if (h < 0) { bad = true; break; }
                v = v << 4 | h;
            }
            if (!bad && v > 0x10ffff) { message = "\\Uxxxxxxxx out of range"; bad = true; }
            if (bad) { i = Codecs.error(sb, "rawunicodeescape", d, start, s, message, errors); continue; }
            sb.appendCodePoint((int) v);
            i = s;
        }
        return new Codecs.Decoded(sb.toString(), n);
    }

    // ---- bytes escapes --------------------------------------------------------------------------
    public static byte[] escapeEncode(byte[] d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
        for (byte b : d) {
            int c = b & 0xff;
            String e;
            if (c == '\'' || c == '\\') e = "\\" + (char) c;
            else if (c == '\t') e = "\\t";
            else if (c == '\n') e = "\\n";
            else if (c == '\r') e = "\\r";
            else if (c < 0x20 || c >= 0x7f) e = String.format("\\x%02x", c);
            else { out.write(c); continue; }
            out.writeBytes(e.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }

    public static byte[] escapeDecode(byte[] d, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
        int n = d.length, s = 0;
        while (s < n) {
            int c = d[s++] & 0xff;
            if (c != '\\') { out.write(c); continue; }
            if (s >= n) throw Err.valueError("Trailing \\ in string");
            c = d[s++] & 0xff;
            switch (c) {
                case '\n': break;
                case '\\': out.write('\\'); break;
                case '\'': out.write('\''); break;
                case '"': out.write('"'); break;
                case 'b': out.write('\b'); break;
                case 'f': out.write('\f'); break;
                case 't': out.write('\t'); break;
                case 'n': out.write('\n'); break;
                case 'r': out.write('\r'); break;
                case 'v': out.write(0x0b); break;
                case 'a': out.write(0x07); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = c - '0';
                    if (s < n && d[s] >= '0' && d[s] <= '7') {
                        v = v * 8 + d[s++] - '0';
                        if (s < n && d[s] >= '0' && d[s] <= '7') v = v * 8 + d[s++] - '0';
                    }
                    out.write(v & 0xff);
                    break;
                }
                case 'x': {
                    if (s + 1 < n) {
                        int h1 = hex(d[s] & 0xff), h2 = hex(d[s + 1] & 0xff);
                        if (h1 >= 0 && h2 >= 0) { out.write(h1 << 4 | h2); s += 2; break; }
                    }
                    if (errors == null || errors.equals("strict")) throw Err.valueError("invalid \\x escape at position " + (s - 2));
                    if (errors.equals("replace")) out.write('?');
                    else if (!errors.equals("ignore")) throw Err.valueError("decoding error; unknown error handling code: " + errors);
                    if (s < n && hex(d[s] & 0xff) >= 0) s++;
                    break;
                }
                default:
                    out.write('\\');
                    out.write(c);
            }
        }
        return out.toByteArray();
    }
}
