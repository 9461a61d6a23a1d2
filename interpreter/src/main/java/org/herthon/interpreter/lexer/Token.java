package org.herthon.interpreter.lexer;

/**
 * One token. Positions follow CPython's conventions: {@code line}/{@code endLine} are 1-based,
 * {@code col}/{@code endCol} are 0-based and the end is exclusive. Columns count characters
 * (UTF-16 code units) from the start of the line, not UTF-8 bytes as CPython's col_offset does;
 * they agree for ASCII source.
 *
 * @param text  the exact source text of the token ("" for NEWLINE at end of file, INDENT, DEDENT, ENDMARKER)
 * @param value for NUMBER the numeric value (Long, BigInteger, Double or
 *              {@link org.herthon.interpreter.ast.Imaginary}); for NAME the NFKC-normalized
 *              identifier; otherwise null. STRING tokens are decoded by the parser
 *              ({@link StringLiterals}) because adjacent literals must be concatenated first.
 */
public record Token(TokenType type, String text, Object value, int line, int col, int endLine, int endCol) {
    @Override
    public String toString() {
        return type + (text.isEmpty() ? "" : " '" + text + "'") + " " + line + ":" + col + "-" + endLine + ":" + endCol;
    }
}
