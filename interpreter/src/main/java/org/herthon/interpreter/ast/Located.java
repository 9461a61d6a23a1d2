package org.herthon.interpreter.ast;

/**
 * A node with a source range, like CPython's stmt/expr/arg/keyword/alias/excepthandler
 * attributes. Lines are 1-based; columns are 0-based character offsets (UTF-16 code units,
 * where CPython counts UTF-8 bytes) and the end is exclusive.
 */
public interface Located {
    int lineno();
    int col_offset();
    int end_lineno();
    int end_col_offset();
}
