package org.herthon.interpreter.lexer;

import java.io.ByteArrayOutputStream;

/**
 * Decoding of string literal tokens: prefixes, quotes and backslash escapes, as CPython's
 * Parser/string_parser.c does.
 *
 * <p>Supported escapes: backslash-newline, backslash followed by one of {@code \\ ' " a b f n r t v},
 * octal (1 to 3 digits, so backslash-0), backslash-x with 2 hex digits, and in str literals only
 * backslash-u (4 hex digits), backslash-U (8 hex digits) and backslash-N{NAME}. Backslash-N uses the JDK's full Unicode name table
 * ({@link Character#codePointOf(String)}, case-insensitive), not a hand-made subset; names added
 * to Unicode after the JDK's Unicode version, and CPython's name aliases, are not known.
 * Unknown escapes keep their backslash, as in CPython (which only warns).
 */
public final class StringLiterals {

    private StringLiterals() {}

    /** Thrown for a malformed escape; the parser turns it into a SyntaxError at the right place. */
    public static final class EscapeError extends RuntimeException {
        public EscapeError(String message) { super(message); }
    }

    /** The parts of a string token. {@code bodyStart} is the index of the body within the token text. */
    public record Literal(boolean raw, boolean bytes, boolean fstring, boolean unicodePrefix,
                          String body, int bodyStart, int quoteLength) {}

    /** True for the prefixes CPython accepts, in any letter case: r u b br rb f fr rf. */
    public static boolean isValidPrefix(String prefix) {
        switch (prefix.toLowerCase()) {
            case "r": case "u": case "b": case "br": case "rb": case "f": case "fr": case "rf":
                return true;
            default:
                return false;
        }
    }

    /** Splits a STRING token's text into prefix flags and body. */
    public static Literal split(String tokenText) {
        int q = 0;
        while (tokenText.charAt(q) != '\'' && tokenText.charAt(q) != '"') q++;
        String prefix = tokenText.substring(0, q).toLowerCase();
        char quote = tokenText.charAt(q);
        int quoteLength = tokenText.startsWith(String.valueOf(quote).repeat(3), q) && tokenText.length() - q >= 6 ? 3 : 1;
        String body = tokenText.substring(q + quoteLength, tokenText.length() - quoteLength);
        return new Literal(prefix.contains("r"), prefix.contains("b"), prefix.contains("f"),
                tokenText.charAt(0) == 'u', body, q + quoteLength, quoteLength);
    }

    /** Decodes the escapes of a str literal body (not raw). */
    public static String decodeString(String body) {
        if (body.indexOf('\\') < 0) return body;
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                out.append(c);
                i++;
                continue;
            }
            int escStart = i;
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"', 'a', 'b', 'f', 'n', 'r', 't', 'v' -> out.append(simpleEscape(e));
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int end = octalEnd(body, i - 1);
                    out.append((char) Integer.parseInt(body, i - 1, end, 8));
                    i = end;
                }
                case 'x' -> {
                    out.appendCodePoint(hexEscape(body, i, 2, escStart, "truncated \\xXX escape", false));
                    i += 2;
                }
                case 'u' -> {
                    out.appendCodePoint(hexEscape(body, i, 4, escStart, "truncated \\uXXXX escape", false));
                    i += 4;
                }
                case 'U' -> {
                    out.appendCodePoint(hexEscape(body, i, 8, escStart, "truncated \\UXXXXXXXX escape", false));
                    i += 8;
                }
                case 'N' -> {
                    int close = i < n && body.charAt(i) == '{' ? body.indexOf('}', i) : -1;
                    if (close < 0 || close == i + 1) {
                        throw unicodeError(escStart, Math.max(escStart + 1, (close < 0 ? n : close) - 1),
                                "malformed \\N character escape");
                    }
                    String name = body.substring(i + 1, close);
                    int cp;
                    try {
                        cp = Character.codePointOf(name);
                    } catch (IllegalArgumentException unknown) {
                        throw unicodeError(escStart, close, "unknown Unicode character name");
                    }
                    out.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> {
                    // Invalid escape: CPython keeps the backslash (and emits a DeprecationWarning).
                    out.append('\\').append(e);
                }
            }
        }
        return out.toString();
    }

    /** The character of a one-letter escape that str and bytes literals share: \\ \' \" \a \b \f \n \r \t \v. */
    private static char simpleEscape(char e) {
        return switch (e) {
            case 'a' -> '\u0007';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> '\u000B';
            default -> e; // \\ \' \"
        };
    }

    /** Where an octal escape whose first digit is at {@code start} ends: after at most three digits. */
    private static int octalEnd(String body, int start) {
        int end = start + 1;
        while (end < start + 3 && end < body.length() && body.charAt(end) >= '0' && body.charAt(end) <= '7') end++;
        return end;
    }

    private static int hexEscape(String body, int at, int digits, int escStart, String truncated, boolean bytes) {
        int value = 0;
        for (int k = 0; k < digits; k++) {
            int d = at + k < body.length() ? Character.digit(body.charAt(at + k), 16) : -1;
            if (d < 0 || body.charAt(at + k) >= 128) {
                if (bytes) throw new EscapeError("(value error) invalid \\x escape at position " + escStart);
                throw unicodeError(escStart, at + k - 1, truncated);
            }
            value = value * 16 + d;
        }
        if (value < 0 || value > 0x10FFFF) {
            throw unicodeError(escStart, at + digits - 1, "illegal Unicode character");
        }
        return value;
    }

    private static EscapeError unicodeError(int start, int end, String reason) {
        return new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + start + "-" + end + ": " + reason);
    }

    /**
     * Decodes a bytes literal body. Non-ASCII characters are rejected with CPython's message;
     * {@code raw} bodies are taken literally.
     */
    public static byte[] decodeBytes(String body, boolean raw) {
        for (int k = 0; k < body.length(); k++) {
            if (body.charAt(k) >= 128) throw new EscapeError("bytes can only contain ASCII literal characters");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int i = 0;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            if (raw || c != '\\' || i + 1 >= n) {
                out.write(c);
                i++;
                continue;
            }
            int escStart = i;
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"', 'a', 'b', 'f', 'n', 'r', 't', 'v' -> out.write(simpleEscape(e));
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int end = octalEnd(body, i - 1);
                    out.write(Integer.parseInt(body, i - 1, end, 8) & 0xFF);
                    i = end;
                }
                case 'x' -> {
                    out.write(hexEscape(body, i, 2, escStart, null, true));
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }
}
