package org.herthon.interpreter.runtime;

public final class PyGenericAlias extends PyObject {
    final PyType origin;
    final PyObject args;
    public PyGenericAlias(PyType origin, PyObject args) { this.origin = origin; this.args = args; }
    @Override public PyType type() { return PyType.GENERIC_ALIAS; }
    @Override public String pyRepr() {
        StringBuilder sb = new StringBuilder(origin.qualifiedName()).append('[');
        PyObject[] a = args instanceof PyTuple ? ((PyTuple) args).items : new PyObject[]{args};
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(a[i] instanceof PyType ? ((PyType) a[i]).qualifiedName()
                    : a[i] == PyEllipsis.INSTANCE ? "..." : Ops.repr(a[i]));
        }
        return sb.append(']').toString();
    }
    @Override public PyObject call(PyObject[] args, String[] kw) { return origin.call(args, kw); }
    @Override public PyObject pyGetItem(PyObject key) { return this; }
    @Override public PyObject pyGetAttr(String name) {
        if (name.equals("__origin__")) return origin;
        if (name.equals("__args__")) return args instanceof PyTuple ? args : new PyTuple(args);
        return origin.pyGetAttr(name);
    }
}
