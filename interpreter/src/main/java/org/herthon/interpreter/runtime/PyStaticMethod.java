package org.herthon.interpreter.runtime;

public final class PyStaticMethod extends PyObject {
    public final PyObject func;
    private final PyDict dict = new PyDict();
    public PyStaticMethod(PyObject func) { this.func = func; }
    @Override public PyType type() { return PyType.STATICMETHOD; }
    @Override public PyDict getDict() { return dict; }
    @Override public boolean isDescriptor() { return true; }
    @Override public PyObject descrGet(PyObject obj, PyType type) { return func; }
    @Override public PyObject call(PyObject[] args, String[] kw) { return func.call(args, kw); }
    @Override public PyObject pyGetAttr(String name) {
        if (name.equals("__func__")) return func;
        if (name.equals("__wrapped__")) return func;
        PyObject v = super.pyGetAttr(name);
        return v != null ? v : Ops.getAttrOrNull(func, name);
    }
    @Override public String pyRepr() { return "<staticmethod(" + Ops.repr(func) + ")>"; }
}
