package org.herthon.interpreter.lexer;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a source file split into lines, so errors can quote the offending line.
 * Line numbers are 1-based. The source is expected to be normalized to '\n' line endings.
 */
public final class SourceText {
    private final String filename;
    private final String text;
    private final int[] lineStarts;

    public SourceText(String filename, String text) {
        this.filename = filename;
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') starts.add(i + 1);
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Converts \r\n and lone \r to \n, as CPython's reader does before tokenizing, and drops a BOM. */
    public static String normalizeNewlines(String source) {
        if (source.startsWith("\uFEFF")) source = source.substring(1);
        if (source.indexOf('\r') < 0) return source;
        return source.replace("\r\n", "\n").replace('\r', '\n');
    }

    public String filename() { return filename; }
    public String text() { return text; }

    /** The line's text without its '\n', or null if out of range. */
    public String line(int lineno) {
        if (lineno < 1 || lineno > lineStarts.length) return null;
        int start = lineStarts[lineno - 1];
        int end = text.indexOf('\n', start);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }

    public int lineCount() { return lineStarts.length; }
}
