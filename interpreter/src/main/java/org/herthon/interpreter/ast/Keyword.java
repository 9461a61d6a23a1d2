package org.herthon.interpreter.ast;

/** CPython's {@code keyword(identifier? arg, expr value)}; arg is null for {@code **mapping}. */
public record Keyword(@AsdlOptional String arg, Expr value,
                      int lineno, int col_offset, int end_lineno, int end_col_offset) implements Located {
}
