package org.herthon.interpreter.ast;

import java.util.List;

/** CPython's {@code match_case(pattern pattern, expr? guard, stmt* body)}. */
public record MatchCase(Pattern pattern, @AsdlOptional Expr guard, List<Stmt> body) {
}
