package org.herthon.interpreter.ast;

/** CPython's unaryop. */
public enum UnaryOperator { Invert, Not, UAdd, USub }
