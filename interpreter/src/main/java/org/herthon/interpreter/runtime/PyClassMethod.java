package org.herthon.interpreter.runtime;

public final class PyClassMethod extends PyObject {
    public final PyObject func;
    private final PyDict dict = new PyDict();
    public PyClassMethod(PyObject func) { this.func = func; }
    @Override public PyType type() { return PyType.CLASSMETHOD; }
    @Override public PyDict getDict() { return dict; }
    @Override public boolean isDescriptor() { return true; }
    @Override public PyObject descrGet(PyObject obj, PyType type) {
        if (type == null) type = obj.type();
        // 3.9-3.12: a wrapped descriptor (e.g. a property) is bound to the class itself
        if (!(func instanceof PyFunction) && func.isDescriptor()) return func.descrGet(type, type);
        return new PyMethod(type, func);
    }
    @Override public PyObject pyGetAttr(String name) {
        if (name.equals("__func__")) return func;
        if (name.equals("__wrapped__")) return func;
        PyObject v = super.pyGetAttr(name);
        return v != null ? v : Ops.getAttrOrNull(func, name);
    }
    @Override public String pyRepr() { return "<classmethod(" + Ops.repr(func) + ")>"; }
}
