package org.herthon.interpreter.ast;

/** CPython's {@code withitem(expr context_expr, expr? optional_vars)}. */
public record WithItem(Expr context_expr, @AsdlOptional Expr optional_vars) {
}
