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
