package org.herthon.interpreter.runtime;

public final class PyEllipsis extends PyObject {
    public static final PyEllipsis INSTANCE = new PyEllipsis();
    private PyEllipsis() {}
    @Override public PyType type() { return PyType.ELLIPSIS; }
    @Override public String pyRepr() { return "Ellipsis"; }
}
