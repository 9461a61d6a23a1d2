package org.herthon.interpreter.ast;

/** CPython's operator (binary and augmented-assignment operators). */
public enum Operator { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }
