package org.herthon.interpreter.ast;

/** CPython's boolop. */
public enum BoolOperator { And, Or }
