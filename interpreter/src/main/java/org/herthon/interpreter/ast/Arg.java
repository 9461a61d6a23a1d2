package org.herthon.interpreter.ast;

/** CPython's {@code arg(identifier arg, expr? annotation, string? type_comment)}: one parameter. */
public record Arg(String arg, @AsdlOptional Expr annotation,
                  int lineno, int col_offset, int end_lineno, int end_col_offset) implements Located {
}
