package org.herthon.interpreter.parser;

/**
 * A compile-time error in Herthon source: CPython's {@code SyntaxError} and its subclasses
 * {@code IndentationError} and {@code TabError}.
 *
 * <p>Thrown by the lexer, the parser and the scope resolver. It carries the same data as
 * CPython's exception object so a later stage can build the Python-level exception from it:
 * {@link #lineno()} is 1-based; {@link #offset()} is the 1-based column of the error
 * (CPython's {@code SyntaxError.offset}), in characters (UTF-16 code units) of the source line;
 * {@link #endOffset()} is the 1-based exclusive end column, or 0 / -1 when CPython has none.
 *
 * <p>{@link #render()} prints the error the way CPython 3.11 prints an uncaught SyntaxError.
 */
public final class HerthonSyntaxError extends RuntimeException {

    /** The Python exception class name: "SyntaxError", "IndentationError" or "TabError". */
    private final String pythonType;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    /** The offending source line, without its line terminator; null when unknown. */
    private final String text;

    public HerthonSyntaxError(String pythonType, String msg, String filename, int lineno, int offset,
                              int endLineno, int endOffset, String text) {
        super(msg + " (" + filename + ", line " + lineno + ")");
        this.pythonType = pythonType;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    /** A plain SyntaxError. */
    public static HerthonSyntaxError syntax(String msg, String filename, int lineno, int offset,
                                            int endLineno, int endOffset, String text) {
        return new HerthonSyntaxError("SyntaxError", msg, filename, lineno, offset, endLineno, endOffset, text);
    }

    public String pythonType() { return pythonType; }
    public String msg() { return msg; }
    public String filename() { return filename; }
    public int lineno() { return lineno; }
    public int offset() { return offset; }
    public int endLineno() { return endLineno; }
    public int endOffset() { return endOffset; }
    public String text() { return text; }

    /** "SyntaxError: msg" etc. as the last line of CPython's report. */
    public String headline() {
        return pythonType + ": " + msg;
    }

    /**
     * Renders the error exactly as CPython 3.11 prints an uncaught SyntaxError for a script
     * (pythonrun.c print_error_text): the File line, the source line without its leading
     * whitespace, a caret line (omitted when the caret would point left of the stripped
     * text) and the headline. Every line ends with '\n'.
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        if (lineno <= 0) return out.append(headline()).append('\n').toString();
        out.append("  File \"").append(filename).append("\", line ").append(lineno).append('\n');
        if (text != null) {
            // Number of carets is decided on the unadjusted offsets, as CPython does.
            // CPython 3.11 shows a single caret for IndentationErrors when it runs a script.
            boolean range = endOffset > 0 && endLineno == lineno && endOffset > offset && pythonType.equals("SyntaxError");
            int carets = range ? endOffset - offset : 1;
            String line = text;
            int col = offset - 1;
            int start = 0;
            while (start < line.length()
                    && (line.charAt(start) == ' ' || line.charAt(start) == '\t' || line.charAt(start) == '\f')) {
                start++;
                col--;
            }
            line = line.substring(start);
            if (line.endsWith("\n")) {
                line = line.substring(0, line.length() - 1);
            }
            if (col > line.length()) {
                col = line.length();
            }
            out.append("    ").append(line).append('\n');
            if (endLineno > lineno && pythonType.equals("SyntaxError") && col >= 0) {
                // a range that goes on to later lines is underlined to the end of this one
                carets = Math.max(1, line.length() - col);
            }
            if (col >= 0) {
                out.append("    ").append(" ".repeat(col)).append("^".repeat(carets)).append('\n');
            }
        }
        out.append(headline()).append('\n');
        return out.toString();
    }
}
