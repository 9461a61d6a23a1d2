package org.herthon.interpreter.runtime;

public final class PyBool extends PyInt {
    public static final PyBool TRUE = new PyBool(1), FALSE = new PyBool(0);
    private PyBool(long v) { super(v); }
    public static PyBool of(boolean b) { return b ? TRUE : FALSE; }
    @Override public PyType type() { return PyType.BOOL; }
    @Override public String pyRepr() { return value != 0 ? "True" : "False"; }
}
