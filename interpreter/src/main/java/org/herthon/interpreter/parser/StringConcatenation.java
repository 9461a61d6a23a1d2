package org.herthon.interpreter.parser;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.herthon.interpreter.ast.Bytes;
import org.herthon.interpreter.ast.Expr;
import org.herthon.interpreter.lexer.SourceText;
import org.herthon.interpreter.lexer.StringLiterals;
import org.herthon.interpreter.lexer.Token;

/**
 * Builds the node for a run of adjacent string literals ({@code "a" f"{b}" 'c'}), following
 * CPython 3.11's Parser/string_parser.c, including its position quirks:
 *
 * <ul>
 *   <li>The result (Constant or JoinedStr) spans the first to the last token.</li>
 *   <li>Constant and FormattedValue parts of a JoinedStr also span the whole run.</li>
 *   <li>A format spec JoinedStr spans the single token it is in.</li>
 *   <li>Expressions inside replacement fields have their real positions in the file.</li>
 *   <li>Errors without a better place are reported at the token after the run (CPython
 *       reports them at the last token its parser fetched).</li>
 * </ul>
 */
final class StringConcatenation {

    private final Parser parser;
    private final SourceText source;
    private final List<Token> tokens;
    private final Token first;
    private final Token last;
    private final Token after;

    /** Literal text accumulated since the last replacement field; null when there is none. */
    private StringBuilder pendingText;
    private final List<Expr> values = new ArrayList<>();
    private boolean fstringMode;

    StringConcatenation(Parser parser, SourceText source, List<Token> tokens, Token after) {
        this.parser = parser;
        this.source = source;
        this.tokens = tokens;
        this.first = tokens.get(0);
        this.last = tokens.get(tokens.size() - 1);
        this.after = after;
    }

    Expr build() {
        boolean bytesMode = false;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            StringLiterals.Literal lit = StringLiterals.split(t.text());
            if (i > 0 && bytesMode != lit.bytes()) throw errorAfter("cannot mix bytes and nonbytes literals");
            bytesMode = lit.bytes();
            try {
                if (lit.bytes()) {
                    bytes.writeBytes(StringLiterals.decodeBytes(lit.body(), lit.raw()));
                } else if (lit.fstring()) {
                    fstringMode = true;
                    new FString(t, lit).parseInto(0, this::appendText, values::add);
                } else {
                    appendText(lit.raw() ? lit.body() : StringLiterals.decodeString(lit.body()));
                }
            } catch (StringLiterals.EscapeError e) {
                throw errorAfter(e.getMessage());
            }
        }
        if (bytesMode) {
            return new Expr.Constant(new Bytes(bytes.toByteArray()), null, first.line(), first.col(), last.endLine(), last.endCol());
        }
        if (!fstringMode) {
            return constant(pendingText == null ? "" : pendingText.toString());
        }
        flushText();
        return new Expr.JoinedStr(List.copyOf(values), first.line(), first.col(), last.endLine(), last.endCol());
    }

    private void appendText(String text) {
        if (text.isEmpty()) return;
        if (pendingText == null) pendingText = new StringBuilder();
        pendingText.append(text);
    }

    private void flushText() {
        if (pendingText != null) {
            values.add(constant(pendingText.toString()));
            pendingText = null;
        }
    }

    /** CPython marks kind='u' only when the first token starts with a lower-case 'u'. */
    private Expr.Constant constant(String value) {
        String kind = first.text().charAt(0) == 'u' ? "u" : null;
        return new Expr.Constant(value, kind, first.line(), first.col(), last.endLine(), last.endCol());
    }

    private HerthonSyntaxError errorAfter(String msg) {
        return parser.errorAt(after, msg);
    }

    /** Sinks used by the recursive f-string scanner. */
    private interface TextSink { void accept(String text); }
    private interface ExprSink { void accept(Expr e); }

    /**
     * Scanner for one f-string token: literal text, {{ and }} escapes, and replacement fields
     * {expr[=][!conv][:spec]}, where spec may itself contain fields (one level deep).
     */
    private final class FString {
        private final Token token;
        private final String text;   // whole token text
        private final boolean raw;
        private final int end;       // index of the closing quote(s) in text
        private int pos;

        FString(Token token, StringLiterals.Literal lit) {
            this.token = token;
            this.text = token.text();
            this.raw = lit.raw();
            this.pos = lit.bodyStart();
            this.end = text.length() - lit.quoteLength();
        }

        /**
         * Scans until the end of the body (level 0) or the '}' closing a format spec (level 1).
         * Literal text goes to {@code textSink}; every field is first preceded by a flush of the
         * pending text (done by the sinks' owner) and then given to {@code exprSink}.
         */
        void parseInto(int level, TextSink textSink, ExprSink exprSink) {
            while (true) {
                boolean doubled = literal(level, textSink);
                if (doubled) continue;
                if (pos >= end || text.charAt(pos) == '}') break;
                Expr field = replacementField(level, textSink);
                if (level == 0) flushText();
                exprSink.accept(field);
            }
            if (level == 0 && pos < end) throw errorAfter("f-string: unexpected end of string");
            if (level != 0 && (pos >= end || text.charAt(pos) != '}')) throw errorAfter("f-string: expecting '}'");
        }

        /** Scans literal text up to '{' or '}'; returns true if it stopped at a doubled brace. */
        private boolean literal(int level, TextSink sink) {
            int start = pos;
            boolean doubled = false;
            int literalEnd;
            while (true) {
                if (pos >= end) {
                    literalEnd = pos;
                    break;
                }
                char ch = text.charAt(pos++);
                if (!raw && ch == '\\' && pos < end) {
                    ch = text.charAt(pos++);
                    if (ch == 'N') {
                        // \N{NAME}: the braces are not a replacement field.
                        if (pos < end && text.charAt(pos++) == '{') {
                            while (pos < end && text.charAt(pos++) != '}') { }
                        }
                        continue;
                    }
                }
                if (ch == '{' || ch == '}') {
                    if (level == 0) {
                        if (pos < end && text.charAt(pos) == ch) {
                            literalEnd = pos;  // keep one brace in the literal
                            pos++;             // skip the other
                            doubled = true;
                            break;
                        }
                        if (ch == '}') {
                            throw errorAfter("f-string: single '}' is not allowed");
                        }
                    }
                    pos--;
                    literalEnd = pos;
                    break;
                }
            }
            String chunk = text.substring(start, literalEnd);
            if (!chunk.isEmpty()) sink.accept(raw ? chunk : StringLiterals.decodeString(chunk));
            return doubled;
        }

        /** pos is at '{'. Parses one {expression[=][!c][:spec]} and returns its FormattedValue. */
        private Expr replacementField(int level, TextSink textSink) {
            if (level >= 2) throw errorAfter("f-string: expressions nested too deeply");
            pos++; // '{'
            int exprStart = pos;
            char quote = 0;
            boolean tripleQuoted = false;
            StringBuilder brackets = new StringBuilder();
            for (; pos < end; pos++) {
                char ch = text.charAt(pos);
                if (ch == '\\') throw errorAfter("f-string expression part cannot include a backslash");
                if (quote != 0) {
                    if (ch == quote) {
                        if (!tripleQuoted) {
                            quote = 0;
                        } else if (pos + 2 < end && text.charAt(pos + 1) == ch && text.charAt(pos + 2) == ch) {
                            pos += 2;
                            quote = 0;
                        }
                    }
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    tripleQuoted = pos + 2 < end && text.charAt(pos + 1) == ch && text.charAt(pos + 2) == ch;
                    if (tripleQuoted) pos += 2;
                    quote = ch;
                    continue;
                }
                if (ch == '[' || ch == '{' || ch == '(') {
                    brackets.append(ch);
                    continue;
                }
                if (ch == '#') throw errorAfter("f-string expression part cannot include '#'");
                if (brackets.length() == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                    if (pos + 1 < end) {
                        char next = text.charAt(pos + 1);
                        if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                            pos++;
                            continue;
                        }
                    }
                    if (ch == '>' || ch == '<') continue;
                    break;
                }
                if (ch == ']' || ch == '}' || ch == ')') {
                    if (brackets.length() == 0) throw errorAfter("f-string: unmatched '" + ch + "'");
                    char open = brackets.charAt(brackets.length() - 1);
                    brackets.setLength(brackets.length() - 1);
                    if (!(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}')) {
                        throw errorAfter("f-string: closing parenthesis '" + ch + "' does not match opening parenthesis '" + open + "'");
                    }
                }
            }
            int exprEnd = pos;
            if (quote != 0) throw errorAfter("f-string: unterminated string");
            if (brackets.length() > 0) throw errorAfter("f-string: unmatched '" + brackets.charAt(brackets.length() - 1) + "'");
            if (pos >= end) throw errorAfter("f-string: expecting '}'");

            Expr value = compileExpression(exprStart, exprEnd);

            String debugText = null;
            if (text.charAt(pos) == '=') {
                pos++;
                while (pos < end && Character.isWhitespace(text.charAt(pos))) pos++;
                if (pos >= end) throw errorAfter("f-string: expecting '}'");
                debugText = text.substring(exprStart, pos);
            }
            int conversion = -1;
            if (text.charAt(pos) == '!') {
                pos++;
                if (pos >= end) throw errorAfter("f-string: expecting '}'");
                conversion = text.charAt(pos++);
                if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                    throw errorAfter("f-string: invalid conversion character: expected 's', 'r', or 'a'");
                }
            }
            Expr formatSpec = null;
            if (pos < end && text.charAt(pos) == ':') {
                pos++;
                if (pos >= end) throw errorAfter("f-string: expecting '}'");
                formatSpec = formatSpec(level);
            }
            if (pos >= end || text.charAt(pos) != '}') throw errorAfter("f-string: expecting '}'");
            pos++;
            if (debugText != null) {
                textSink.accept(debugText);
                if (formatSpec == null && conversion == -1) conversion = 'r';
            }
            return new Expr.FormattedValue(value, conversion, formatSpec, first.line(), first.col(), last.endLine(), last.endCol());
        }

        /** The nested f-string after ':' up to the field's '}'; a JoinedStr spanning this token. */
        private Expr formatSpec(int level) {
            List<Expr> specValues = new ArrayList<>();
            StringBuilder[] pending = {null};
            TextSink text = s -> {
                if (s.isEmpty()) return;
                if (pending[0] == null) pending[0] = new StringBuilder();
                pending[0].append(s);
            };
            ExprSink exprs = e -> {
                if (pending[0] != null) {
                    specValues.add(constant(pending[0].toString()));
                    pending[0] = null;
                }
                specValues.add(e);
            };
            parseInto(level + 1, text, exprs);
            if (pending[0] != null) {
                // Text before a nested field spans the whole run, trailing text only this token
                // (CPython builds them in different places with different positions).
                Expr.Constant c = constant(pending[0].toString());
                specValues.add(new Expr.Constant(c.value(), c.kind(), token.line(), token.col(), token.endLine(), token.endCol()));
            }
            return new Expr.JoinedStr(List.copyOf(specValues), token.line(), token.col(), token.endLine(), token.endCol());
        }

        /** Parses text[from, to) as an expression located at its real place in the file. */
        private Expr compileExpression(int from, int to) {
            String exprText = text.substring(from, to);
            if (exprText.isBlank()) throw errorAfter("f-string: empty expression not allowed");
            int line = token.line();
            int lastNewline = -1;
            for (int i = 0; i < from; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lastNewline = i;
                }
            }
            int col = lastNewline < 0 ? token.col() + from : from - lastNewline - 1;
            try {
                return Parser.parseFStringExpression(exprText, source, line, col);
            } catch (HerthonSyntaxError e) {
                if (e.msg().startsWith("f-string")) throw e;
                throw new HerthonSyntaxError(e.pythonType(), "f-string: " + e.msg(), e.filename(), e.lineno(), e.offset(),
                        e.endLineno(), e.endOffset(), e.text());
            }
        }
    }
}
