package org.herthon.interpreter.ast;

import java.util.List;

/** CPython's {@code ExceptHandler(expr? type, identifier? name, stmt* body)}. */
public record ExceptHandler(@AsdlOptional Expr type, @AsdlOptional String name, List<Stmt> body,
                            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Located {
}
