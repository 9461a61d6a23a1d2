package org.herthon.interpreter.ast;

/** The value of the literal {@code ...} in a {@link Expr.Constant}: a distinct marker, printed as Ellipsis. */
public enum Ellipsis {
    INSTANCE;

    @Override public String toString() { return "Ellipsis"; }
}
