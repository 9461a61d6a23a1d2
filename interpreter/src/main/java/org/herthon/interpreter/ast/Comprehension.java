package org.herthon.interpreter.ast;

import java.util.List;

/** CPython's {@code comprehension(expr target, expr iter, expr* ifs, int is_async)}: one for-clause. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, int is_async) {
}
