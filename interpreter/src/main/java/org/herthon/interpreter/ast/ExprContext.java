package org.herthon.interpreter.ast;

/** CPython's expr_context: how a Name/Attribute/Subscript/Starred/List/Tuple is used. */
public enum ExprContext { Load, Store, Del }
