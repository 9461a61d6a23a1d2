package org.herthon.interpreter.ast;

/** CPython's cmpop. */
public enum CmpOp { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }
