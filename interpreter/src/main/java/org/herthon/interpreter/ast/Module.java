package org.herthon.interpreter.ast;

import java.util.List;

/**
 * CPython's {@code Module(stmt* body, type_ignore* type_ignores)}; type_ignores is always empty
 * here (type comments are not collected), and {@link AstDump} prints it as {@code []}.
 * Import it by its full name: {@code java.lang.Module} also exists.
 */
public record Module(List<Stmt> body) {
}
