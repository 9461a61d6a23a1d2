package org.herthon.interpreter.lexer;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.herthon.interpreter.ast.Imaginary;
import org.herthon.interpreter.parser.HerthonSyntaxError;

/**
 * Turns Python 3.11 source text into tokens, following CPython's tokenizer (Parser/tokenizer.c):
 *
 * <ul>
 *   <li>NEWLINE ends a logical line; blank lines and comment-only lines produce nothing;
 *       newlines inside (), [], {} and after a backslash continuation are skipped.</li>
 *   <li>INDENT/DEDENT come from an indentation stack. Tabs advance to the next multiple of 8;
 *       a second measure with tabs counted as 1 column detects TabError ("inconsistent use of
 *       tabs and spaces in indentation") exactly like CPython's "altcol" check.</li>
 *   <li>STRING tokens keep their raw text (prefix and quotes included); decoding is done by
 *       {@link StringLiterals} once the parser has gathered adjacent literals.</li>
 *   <li>NUMBER tokens carry their value: Long when it fits, BigInteger otherwise, Double,
 *       or {@link Imaginary}.</li>
 * </ul>
 *
 * Error messages and their positions reproduce CPython's. A CPython tokenizer error reports
 * as 1-based offset the number of characters before the tokenizer's read cursor; the helper
 * {@link #errorAtCursor} reproduces that convention.
 *
 * <p>An unclosed bracket at end of file is not thrown here: CPython reports "'(' was never
 * closed" only when the parser fails, so the lexer records it ({@link #unclosedBracket()}) and
 * ends the token list with ENDMARKER.
 */
public final class Lexer {

    private final String src;
    private final SourceText source;
    private final String filename;
    private final List<Token> tokens = new ArrayList<>();

    /** True when lexing an f-string replacement field: behaves as if inside brackets. */
    private final boolean embedded;
    /** For embedded lexing: the column of the first character on the first line. */
    private final int firstLine;
    private final int firstLineColumnBase;

    private int pos;
    private int line;
    private int lineStart;

    /** Indentation stack, measured with tab size 8 and (for TabError detection) tab size 1. */
    private final int[] indents = new int[100];
    private final int[] altIndents = new int[100];
    private int indentDepth;

    private record OpenBracket(char ch, int line, int col) {}
    private final Deque<OpenBracket> brackets = new ArrayDeque<>();
    private OpenBracket unclosed;

    public Lexer(String sourceCode, String filename) {
        this(new SourceText(filename, SourceText.normalizeNewlines(sourceCode)));
    }

    public Lexer(SourceText source) {
        this(source.text(), source, false, 1, 0);
    }

    private Lexer(String text, SourceText source, boolean embedded, int firstLine, int firstCol) {
        this.src = text;
        this.source = source;
        this.filename = source.filename();
        this.embedded = embedded;
        this.firstLine = firstLine;
        this.firstLineColumnBase = firstCol;
        this.line = firstLine;
        this.lineStart = 0;
    }

    /** Tokenizes a whole module. Throws {@link HerthonSyntaxError} on a lexical error. */
    public static List<Token> tokenize(String sourceCode, String filename) {
        return new Lexer(sourceCode, filename).tokenize();
    }

    /**
     * Lexer for the expression inside an f-string replacement field. {@code text} is the
     * expression's source; it starts at ({@code line}, {@code col}) of {@code source}, so the
     * tokens get real file positions. Newlines are insignificant, as inside brackets.
     */
    public static Lexer forEmbeddedExpression(String text, SourceText source, int line, int col) {
        return new Lexer(text, source, true, line, col);
    }

    /** The bracket left open at end of file, as {char, line, col} text "(@3:4", or null. */
    public Token unclosedBracket() {
        if (unclosed == null) return null;
        String s = String.valueOf(unclosed.ch);
        return new Token(TokenType.operator(s), s, null, unclosed.line, unclosed.col, unclosed.line, unclosed.col + 1);
    }

    public SourceText source() { return source; }

    public List<Token> tokenize() {
        boolean atLineStart = !embedded;
        while (true) {
            if (atLineStart) {
                atLineStart = false;
                if (brackets.isEmpty()) {
                    int blank = measureIndentation();
                    if (blank == BLANK_LINE) {
                        atLineStart = true;
                        continue;
                    }
                }
            }
            skipWhitespace();
            if (pos >= src.length()) {
                finish();
                return tokens;
            }
            char c = src.charAt(pos);
            if (c == '#') {
                skipComment();
                continue;
            }
            if (c == '\n') {
                if (brackets.isEmpty() && !embedded) {
                    add(TokenType.NEWLINE, pos, pos + 1, null);
                    atLineStart = true;
                }
                pos++;
                newLine();
                continue;
            }
            if (c == '\\') {
                lineContinuation();
                continue;
            }
            if (isIdentifierStart(c)) {
                scanNameOrPrefixedString();
            } else if (isDigit(c) || (c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1)))) {
                scanNumber();
            } else if (c == '\'' || c == '"') {
                scanString(pos, pos);
            } else {
                scanOperator(c);
            }
        }
    }

    // ---------------------------------------------------------------- lines and indentation

    private static final int BLANK_LINE = 1;

    /**
     * At the start of a logical line: measures the indentation and emits INDENT/DEDENT tokens.
     * Returns BLANK_LINE if the line holds only whitespace and/or a comment (then it has been
     * consumed, newline included, and produces no token at all, as in CPython).
     */
    private int measureIndentation() {
        int col = 0;
        int altcol = 0;
        int p = pos;
        while (p < src.length()) {
            char c = src.charAt(p);
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                altcol++;
            } else if (c == '\f') {
                col = altcol = 0; // CPython resets the column on form feed
            } else {
                break;
            }
            p++;
        }
        pos = p;
        if (p >= src.length()) {
            return 0; // end of file: finish() emits the final DEDENTs
        }
        char c = src.charAt(p);
        if (c == '#' || c == '\n') {
            skipComment();
            if (pos < src.length()) {
                pos++; // the '\n'
                newLine();
            }
            return BLANK_LINE;
        }
        int indentChars = p - lineStart;
        if (col == indents[indentDepth]) {
            if (altcol != altIndents[indentDepth]) throw tabError(indentChars);
        } else if (col > indents[indentDepth]) {
            if (altcol <= altIndents[indentDepth]) throw tabError(indentChars);
            if (indentDepth + 1 >= indents.length) {
                throw error("IndentationError", "too many levels of indentation", line, indentChars, -1);
            }
            indentDepth++;
            indents[indentDepth] = col;
            altIndents[indentDepth] = altcol;
            tokens.add(new Token(TokenType.INDENT, src.substring(lineStart, p), null, line, 0, line, indentChars));
        } else {
            while (indentDepth > 0 && col < indents[indentDepth]) {
                indentDepth--;
                tokens.add(new Token(TokenType.DEDENT, "", null, line, indentChars, line, indentChars));
            }
            if (col != indents[indentDepth]) {
                // CPython reports the position just after the whole line, newline included.
                int lineLength = source.line(line).length();
                throw error("IndentationError", "unindent does not match any outer indentation level",
                        line, lineLength + 1, -1);
            }
            if (altcol != altIndents[indentDepth]) throw tabError(indentChars);
        }
        return 0;
    }

    private HerthonSyntaxError tabError(int indentChars) {
        // CPython 3.11 reports offset 1 for this error whatever the indentation.
        return error("TabError", "inconsistent use of tabs and spaces in indentation", line, 1, 0);
    }

    private void skipWhitespace() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') pos++;
            else break;
        }
    }

    private void skipComment() {
        while (pos < src.length() && src.charAt(pos) != '\n') pos++;
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    private void lineContinuation() {
        int backslash = pos;
        pos++;
        if (pos < src.length() && src.charAt(pos) == '\n') {
            pos++;
            newLine();
            return;
        }
        if (pos >= src.length()) {
            throw errorAtCursor("unexpected EOF while parsing", pos);
        }
        // CPython has read the character after the backslash when it reports the error.
        throw error("SyntaxError", "unexpected character after line continuation character",
                line, col(backslash) + 2, 0);
    }

    private void finish() {
        if (!brackets.isEmpty()) {
            unclosed = brackets.peek();
            // The parser reports "'(' was never closed" when it fails on this ENDMARKER.
            tokens.add(new Token(TokenType.ENDMARKER, "", null, line, col(pos), line, col(pos)));
            return;
        }
        if (!embedded && !tokens.isEmpty()) {
            TokenType last = tokens.get(tokens.size() - 1).type();
            if (last != TokenType.NEWLINE && last != TokenType.DEDENT && last != TokenType.INDENT) {
                tokens.add(new Token(TokenType.NEWLINE, "", null, line, col(pos), line, col(pos) + 1));
            }
        }
        while (indentDepth > 0) {
            indentDepth--;
            tokens.add(new Token(TokenType.DEDENT, "", null, line, col(pos), line, col(pos)));
        }
        tokens.add(new Token(TokenType.ENDMARKER, "", null, line, col(pos), line, col(pos)));
    }

    // ---------------------------------------------------------------- names and strings

    private static boolean isIdentifierStart(char c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        return Character.isUnicodeIdentifierStart(c) || Character.isHighSurrogate(c);
    }

    private static boolean isIdentifierPart(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_' || (cp >= '0' && cp <= '9');
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void scanNameOrPrefixedString() {
        int start = pos;
        boolean ascii = true;
        while (pos < src.length()) {
            int cp = src.codePointAt(pos);
            if (!isIdentifierPart(cp)) break;
            if (cp >= 128) ascii = false;
            pos += Character.charCount(cp);
        }
        // a lone surrogate passes isIdentifierStart but starts no name: not a character of a program
        if (pos == start) invalidCharacter(start);
        if (pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'')
                && StringLiterals.isValidPrefix(src.substring(start, pos))) {
            scanString(start, pos);
            return;
        }
        if (!ascii) {
            // Reject characters that are not valid in identifiers, as CPython does.
            int cp = src.codePointAt(start);
            if (!Character.isUnicodeIdentifierStart(cp)) invalidCharacter(start);
        }
        String text = src.substring(start, pos);
        String name = ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        TokenType kw = TokenType.keyword(name);
        add(kw != null ? kw : TokenType.NAME, start, pos, name);
    }

    /**
     * Scans a string literal whose prefix starts at {@code start} and whose opening quote is at
     * {@code quoteAt}. Backslashes always protect the next character from ending the literal,
     * even in raw strings, exactly as in CPython.
     */
    private void scanString(int start, int quoteAt) {
        char quote = src.charAt(quoteAt);
        int startLine = line;
        int startLineStart = lineStart;
        boolean triple = quoteAt + 2 < src.length() && src.charAt(quoteAt + 1) == quote && src.charAt(quoteAt + 2) == quote;
        pos = quoteAt + (triple ? 3 : 1);
        while (true) {
            if (pos >= src.length()) {
                int detectedAt = src.endsWith("\n") && !embedded ? line - 1 : line;
                throw unterminatedString(triple, start, startLine, startLineStart, Math.max(detectedAt, startLine));
            }
            char ch = src.charAt(pos++);
            if (ch == '\n') {
                if (!triple) {
                    throw unterminatedString(false, start, startLine, startLineStart, line);
                }
                newLine();
            } else if (ch == '\\') {
                if (pos >= src.length()) continue; // reported as unterminated on the next turn
                char next = src.charAt(pos++);
                if (next == '\n') newLine();
            } else if (ch == quote) {
                if (!triple) break;
                if (pos + 1 < src.length() && src.charAt(pos) == quote && src.charAt(pos + 1) == quote) {
                    pos += 2;
                    break;
                }
            }
        }
        tokens.add(new Token(TokenType.STRING, src.substring(start, pos), null,
                startLine, columnOn(startLine, start - startLineStart), line, col(pos)));
    }

    private HerthonSyntaxError unterminatedString(boolean triple, int start, int startLine, int startLineStart,
                                                  int detectedAt) {
        String what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
        int offset = columnOn(startLine, start - startLineStart) + 1;
        return error("SyntaxError", what + " (detected at line " + detectedAt + ")", startLine, offset, offset);
    }

    // ---------------------------------------------------------------- numbers

    /** Follows tok_get's number branch step by step so that error positions match CPython's. */
    private void scanNumber() {
        int start = pos;
        char c = src.charAt(pos);
        if (c == '.') {
            pos++; // fraction starts at the digit after '.'
            scanFraction(start);
            return;
        }
        if (c == '0' && pos + 1 < src.length() && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
            scanRadixInteger(start);
            return;
        }
        if (c == '0') {
            scanLeadingZeros(start);
            return;
        }
        decimalTail();
        if (peek() == '.') {
            pos++;
            scanFraction(start);
            return;
        }
        scanExponentAndSuffix(start, false);
    }

    private char peek() {
        return pos < src.length() ? src.charAt(pos) : '\0';
    }

    /** Digits with single underscores between them. On return {@code pos} is after the last digit. */
    private void decimalTail() {
        while (true) {
            while (isDigit(peek())) pos++;
            if (peek() != '_') return;
            pos++;
            if (!isDigit(peek())) {
                throw errorAtCursor("invalid decimal literal", pos);
            }
        }
    }

    private void scanFraction(int start) {
        if (isDigit(peek())) decimalTail();
        scanExponentAndSuffix(start, true);
    }

    private void scanExponentAndSuffix(int start, boolean isFloat) {
        char c = peek();
        if (c == 'e' || c == 'E') {
            int e = pos;
            pos++;
            char sign = peek();
            if (sign == '+' || sign == '-') {
                pos++;
                if (!isDigit(peek())) throw errorAtCursor("invalid decimal literal", pos);
            } else if (!isDigit(sign)) {
                // "1e" followed by a name: the number ends before the 'e' (e.g. "1else").
                pos = e;
                verifyEndOfNumber("decimal");
                finishNumber(start, isFloat);
                return;
            }
            decimalTail();
            isFloat = true;
        }
        c = peek();
        if (c == 'j' || c == 'J') {
            pos++;
            verifyEndOfNumber("imaginary");
            String digits = src.substring(start, pos - 1).replace("_", "");
            add(TokenType.NUMBER, start, pos, new Imaginary(Double.parseDouble(digits)));
            return;
        }
        verifyEndOfNumber("decimal");
        finishNumber(start, isFloat);
    }

    /** CPython 3.11's default limit on decimal digits in int/str conversion (sys.get_int_max_str_digits()). */
    public static final int MAX_STR_DIGITS = 4300;

    /**
     * The value of a decimal int literal with more digits than the limit. The parser raises
     * CPython's SyntaxError when it reaches the literal (the tokenizer does not).
     */
    public record TooManyDigits(int digits) {
        public String message() {
            return "Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion: value has " + digits
                    + " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals"
                    + " to avoid decimal conversion limits.";
        }
    }

    private void finishNumber(int start, boolean isFloat) {
        String digits = src.substring(start, pos).replace("_", "");
        Object value = isFloat ? (Object) Double.parseDouble(digits)
                : digits.length() > MAX_STR_DIGITS ? new TooManyDigits(digits.length()) : integerValue(digits, 10);
        add(TokenType.NUMBER, start, pos, value);
    }

    private void scanLeadingZeros(int start) {
        boolean nonzero = false;
        while (true) {
            char c = peek();
            if (c == '_') {
                pos++;
                if (!isDigit(peek())) throw errorAtCursor("invalid decimal literal", pos);
                c = peek();
            }
            if (c != '0') break;
            pos++;
        }
        int zerosEnd = pos + 1; // CPython's cursor is past the first non-zero character here
        if (isDigit(peek())) {
            nonzero = true;
            decimalTail();
        }
        char c = peek();
        if (c == '.') {
            pos++;
            scanFraction(start);
        } else if (c == 'e' || c == 'E' || c == 'j' || c == 'J') {
            scanExponentAndSuffix(start, false);
        } else if (nonzero) {
            throw error("SyntaxError", "leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers", line, col(start) + 1, col(zerosEnd));
        } else {
            verifyEndOfNumber("decimal");
            add(TokenType.NUMBER, start, pos, 0L);
        }
    }

    private void scanRadixInteger(int start) {
        char kind = Character.toLowerCase(src.charAt(pos + 1));
        pos += 2;
        int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
        String name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
        do {
            if (peek() == '_') pos++;
            char c = peek();
            if (!isRadixDigit(c, radix)) {
                if (radix != 16 && isDigit(c)) {
                    throw errorAtCursor("invalid digit '" + c + "' in " + name + " literal", pos + 1);
                }
                throw errorAtCursor("invalid " + name + " literal", pos);
            }
            while (isRadixDigit(peek(), radix)) pos++;
        } while (peek() == '_');
        if (radix != 16 && isDigit(peek())) {
            throw errorAtCursor("invalid digit '" + peek() + "' in " + name + " literal", pos + 1);
        }
        verifyEndOfNumber(name);
        add(TokenType.NUMBER, start, pos, integerValue(src.substring(start + 2, pos).replace("_", ""), radix));
    }

    private static boolean isRadixDigit(char c, int radix) {
        return c < 128 && Character.digit(c, radix) >= 0;
    }

    /**
     * A number may not run into a name ("1abc"), except before the keywords CPython lets
     * through with only a warning ("1if x else y", "1in y", "0or 1" ...).
     */
    private void verifyEndOfNumber(String kind) {
        char c = peek();
        String rest = src.substring(pos, Math.min(src.length(), pos + 4));
        boolean keywordFollows = rest.startsWith("and") || rest.startsWith("else") || rest.startsWith("for")
                || rest.startsWith("if") || rest.startsWith("in") || rest.startsWith("is")
                || rest.startsWith("or") || rest.startsWith("not");
        if (keywordFollows) return;
        if (c != '\0' && (isIdentifierPart(c) || c >= 128 && Character.isUnicodeIdentifierPart(c))) {
            throw errorAtCursor("invalid " + kind + " literal", pos);
        }
    }

    /** Long when the value fits, BigInteger otherwise. */
    public static Object integerValue(String digits, int radix) {
        if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
            return Long.parseLong(digits, radix);
        }
        BigInteger big = new BigInteger(digits, radix);
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }

    // ---------------------------------------------------------------- operators and brackets

    private void scanOperator(char c) {
        int start = pos;
        // Only these characters begin multi-character operators; skip the longer lookups otherwise.
        int longest = "*/<>.=!-+%&|^:@".indexOf(c) >= 0 ? 3 : 1;
        for (int len = longest; len >= 1; len--) {
            if (start + len > src.length()) continue;
            TokenType op = TokenType.operator(src.substring(start, start + len));
            if (op == null) continue;
            pos = start + len;
            trackBracket(op, start);
            add(op, start, pos, null);
            return;
        }
        if (c == '$' || c == '?' || c == '!' || c == '`') {
            pos++;
            add(TokenType.ERRORTOKEN, start, pos, null);
            return;
        }
        invalidCharacter(start);
    }

    private void trackBracket(TokenType op, int at) {
        switch (op) {
            case LPAR, LSQB, LBRACE -> {
                if (brackets.size() >= 200) throw errorAtCursor("too many nested parentheses", at + 1);
                brackets.push(new OpenBracket(src.charAt(at), line, col(at)));
            }
            case RPAR, RSQB, RBRACE -> {
                char close = src.charAt(at);
                if (brackets.isEmpty()) {
                    if (embedded) {
                        throw errorAtCursor("f-string: unmatched '" + close + "'", at + 1);
                    }
                    throw errorAtCursor("unmatched '" + close + "'", at + 1);
                }
                OpenBracket open = brackets.pop();
                char expected = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
                if (close != expected) {
                    String msg = "closing parenthesis '" + close + "' does not match opening parenthesis '" + open.ch + "'";
                    if (open.line != line) msg += " on line " + open.line;
                    throw errorAtCursor(msg, at + 1);
                }
            }
            default -> { }
        }
    }

    private void invalidCharacter(int at) {
        int cp = src.codePointAt(at);
        String hex = String.format("%04X", cp);
        int type = Character.getType(cp);
        boolean printable = !(type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SPACE_SEPARATOR);
        String msg = printable ? "invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex + ")"
                : "invalid non-printable character U+" + hex;
        throw errorAtCursor(msg, at + Character.charCount(cp));
    }

    // ---------------------------------------------------------------- helpers

    /** Column (0-based, in chars) of a source index on the current line. */
    private int col(int index) {
        return columnOn(line, index - lineStart);
    }

    /** Embedded lexers start mid-line: shift columns on their first line. */
    private int columnOn(int lineno, int rawColumn) {
        return lineno == firstLine ? rawColumn + firstLineColumnBase : rawColumn;
    }

    private void add(TokenType type, int start, int end, Object value) {
        tokens.add(new Token(type, src.substring(start, end), value, line, col(start), line, col(end)));
    }

    /** CPython's tokenizer errors: the 1-based offset is the count of characters before the cursor. */
    private HerthonSyntaxError errorAtCursor(String msg, int cursor) {
        int offset = col(cursor);
        return error("SyntaxError", msg, line, offset, offset);
    }

    private HerthonSyntaxError error(String type, String msg, int lineno, int offset, int endOffset) {
        return new HerthonSyntaxError(type, msg, filename, lineno, offset, lineno, endOffset, source.line(lineno));
    }
}
