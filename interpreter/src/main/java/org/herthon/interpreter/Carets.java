package org.herthon.interpreter;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.herthon.interpreter.ast.Expr;
import org.herthon.interpreter.ast.Module;
import org.herthon.interpreter.ast.Stmt;
import org.herthon.interpreter.parser.Parser;
import org.herthon.interpreter.runtime.PyCode;

/**
 * The line of carets the default excepthook draws under a traceback's source line (PEP 657), by
 * CPython 3.11's rules (traceback.c): the raising operation's column range, with {@code ~} and
 * {@code ^} around the operator of a binary operation and the brackets of a subscript; nothing
 * when the range covers the whole line (leading indentation aside) and has no such anchors; a
 * range that goes on to later lines is drawn to the line's last non-blank character.
 * Columns in code positions are UTF-8 byte offsets, as CPython's; the line is drawn in code points.
 */
final class Carets {
    private Carets() {}

    /** src: the source line without its newline; indent: how many leading blanks the printed line lost. */
    static void append(StringBuilder sb, String src, int indent, PyCode code, int pos) {
        if (pos < 0 || pos >= code.npositions) return;
        int[] p = code.positions;
        int startLine = p[4 * pos], endLine = p[4 * pos + 1], startByte = p[4 * pos + 2], endByte = p[4 * pos + 3];
        if (startLine < 0 || endLine < 0 || startByte < 0 || endByte < 0) return;
        int[] cps = src.codePoints().toArray();
        int start = byteToCharOffset(src, startByte);
        int end = byteToCharOffset(src, endByte);
        int left = -1, right = -1;
        boolean special = false;
        if (startLine == endLine) {
            if (start <= end && end <= cps.length) {
                int[] a = anchors(new String(cps, start, end - start));
                if (a != null) {
                    special = true;
                    left = a[0] + start;
                    right = a[1] + start;
                }
            }
        } else {
            int i = cps.length;
            while (--i >= 0) {
                int c = cps[i];
                if (c != ' ' && c != '\t' && c != '\f') break;
            }
            end = i + 1;
        }
        int strippedLen = cps.length - indent;
        if (end - start == strippedLen && !special) return;
        // CPython counts from the printed line's start: four spaces, then the line without its indentation
        int offset = indent - 4;
        StringBuilder row = new StringBuilder();
        while (++offset <= end) {
            if (offset <= start) row.append(' ');
            else if (special && left < offset && offset <= right) row.append('^');
            else row.append(special ? '~' : '^');
        }
        sb.append(row).append('\n');
    }

    /**
     * The number of code points the first {@code col} UTF-8 bytes of line decode to (an
     * incomplete character at the end counts as one replacement character).
     */
    static int byteToCharOffset(String line, int col) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        if (col > b.length) col = b.length;
        if (col <= 0) return 0;
        try {
            String head = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(b, 0, col)).toString();
            return head.codePointCount(0, head.length());
        } catch (CharacterCodingException e) {
            return col;
        }
    }

    /**
     * {left end, right start} (code points into segment) of the secondary range, when segment
     * parses as one expression statement that is a binary operation or a subscript; else null.
     */
    static int[] anchors(String segment) {
        Module m;
        try {
            m = Parser.parse(segment, "<traceback>");
        } catch (RuntimeException | StackOverflowError e) {
            // a segment that is no statement (or too deep to parse) has no anchors
            return null;
        }
        if (m.body().size() != 1 || !(m.body().get(0) instanceof Stmt.Expr st)) return null;
        // this parser's columns are UTF-16 offsets (CPython's are UTF-8 bytes; both name the same characters)
        String b = segment;
        int left = -1, right = -1;
        if (st.value() instanceof Expr.BinOp op) {
            int from = op.left().end_col_offset(), to = op.right().col_offset();
            for (int i = from; i < to && i < b.length(); i++) {
                char c = b.charAt(i);
                if (c == ' ' || c == '\t' || c == '\f') continue;
                left = i;
                right = i + 1;
                if (i + 1 < to && i + 1 < b.length() && b.charAt(i + 1) != ' ' && b.charAt(i + 1) != '\t' && b.charAt(i + 1) != '\f') right++;
                break;
            }
        } else if (st.value() instanceof Expr.Subscript sub) {
            left = sub.value().end_col_offset();
            right = sub.slice().end_col_offset() + 1;
        } else {
            return null;
        }
        if (left < 0) return null;
        right = Math.min(right, segment.length());
        return new int[]{segment.codePointCount(0, left), segment.codePointCount(0, right)};
    }
}
