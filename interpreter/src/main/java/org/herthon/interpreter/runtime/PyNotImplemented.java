package org.herthon.interpreter.runtime;

public final class PyNotImplemented extends PyObject {
    public static final PyNotImplemented INSTANCE = new PyNotImplemented();
    private PyNotImplemented() {}
    @Override public PyType type() { return PyType.NOTIMPLEMENTED; }
    @Override public String pyRepr() { return "NotImplemented"; }
}
