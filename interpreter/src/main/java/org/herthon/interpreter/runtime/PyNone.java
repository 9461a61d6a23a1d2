package org.herthon.interpreter.runtime;

public final class PyNone extends PyObject {
    public static final PyNone INSTANCE = new PyNone();
    private PyNone() {}
    @Override public PyType type() { return PyType.NONE; }
    @Override public String pyRepr() { return "None"; }
    @Override public boolean pyBool() { return false; }
    @Override public long pyHash() { return 0xFCA86420L; }
}
