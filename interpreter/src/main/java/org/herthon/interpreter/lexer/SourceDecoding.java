package org.herthon.interpreter.lexer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.herthon.interpreter.parser.HerthonSyntaxError;

/**
 * A source file's bytes to text, as CPython 3.11 reads a script or module: UTF-8 only, strictly
 * (an invalid, truncated, overlong or surrogate sequence is the SyntaxError "Non-UTF-8 code
 * starting with ..."), a leading BOM dropped, and each line cut at its first NUL byte (CPython's
 * file tokenizer reads C strings, so {@code 'a\0b'} is an unterminated string).
 */
public final class SourceDecoding {
    private SourceDecoding() {}

    public static String decode(byte[] bytes, String filename) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        String cookie = codingCookie(bytes, start);
        if (cookie != null) {
            String name = normalName(cookie);
            if (start > 0 && !name.equals("utf-8")) throw encodingProblem(name + " with BOM", filename);
            if (!name.equals("utf-8")) return decodeDeclared(bytes, start, name, cookie, filename);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) throw nonUtf8(bytes, in.position(), filename);
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.indexOf('\0') < 0 ? text : cutAtNul(text);
    }

    private static final java.util.regex.Pattern COOKIE = java.util.regex.Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    /** PEP 263: the encoding named on line 1, or on line 2 when line 1 is only a comment or blank. */
    static String codingCookie(byte[] bytes, int start) {
        int i = start;
        for (int line = 0; line < 2 && i < bytes.length; line++) {
            int end = i;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') end++;
            String text = new String(bytes, i, end - i, StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher m = COOKIE.matcher(text);
            if (m.find()) return m.group(1);
            String t = text.strip();
            if (!(t.isEmpty() || t.startsWith("#"))) return null;
            i = end;
            if (i < bytes.length && bytes[i] == '\r') i++;
            if (i < bytes.length && bytes[i] == '\n') i++;
        }
        return null;
    }

    /** CPython's get_normal_name (tokenizer.c). */
    static String normalName(String s) {
        String c = s.length() > 12 ? s.substring(0, 12) : s;
        c = c.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (c.equals("utf-8") || c.startsWith("utf-8-")) return "utf-8";
        for (String l : new String[]{"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (c.equals(l) || c.startsWith(l + "-")) return "iso-8859-1";
        }
        return s;
    }

    private static String decodeDeclared(byte[] bytes, int start, String name, String cookie, String filename) {
        java.nio.charset.Charset cs = null;
        for (String n : new String[]{name, name.replace('_', '-'), cookie}) {
            try {
                cs = java.nio.charset.Charset.forName(n);
                break;
            } catch (RuntimeException e) {
                // not a Java name for it
            }
        }
        if (cs == null) throw encodingProblem(name, filename);
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return text.indexOf('\0') < 0 ? text : cutAtNul(text);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw encodingProblem(name, filename);
        }
    }

    private static HerthonSyntaxError encodingProblem(String what, String filename) {
        return HerthonSyntaxError.syntax("encoding problem: " + what, filename, 0, 0, 0, 0, null);
    }

    private static HerthonSyntaxError nonUtf8(byte[] bytes, int at, String filename) {
        int line = 1;
        for (int i = 0; i < at; i++) if (bytes[i] == '\n') line++;
        String msg = String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared;"
                + " see https://peps.python.org/pep-0263/ for details", bytes[at] & 0xff, filename, line);
        // CPython reports it with no location: the message names the file and line
        return HerthonSyntaxError.syntax(msg, filename, 0, 0, 0, 0, null);
    }

    private static String cutAtNul(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            int nul = text.indexOf('\0', i);
            b.append(text, i, nul >= 0 && nul < end ? nul : end);
            if (nl < 0) break;
            b.append('\n');
            i = nl + 1;
        }
        return b.toString();
    }
}
