package org.herthon.interpreter.runtime;

public final class PyModule extends PyObject {
    public final PyDict dict;
    /** A Java twin's own state that is not a module attribute (CPython's md_state), or null. */
    public Object state;
    public PyModule(String name) {
        dict = new PyDict();
        dict.putStr("__name__", PyStr.of(name));
        dict.putStr("__doc__", PyNone.INSTANCE);
        dict.putStr("__package__", PyNone.INSTANCE);
        dict.putStr("__loader__", PyNone.INSTANCE);
        dict.putStr("__spec__", PyNone.INSTANCE);
    }
    public PyModule(String name, PyDict d) { dict = d; }
    @Override public boolean plainAttributes() { return false; }
    @Override public PyType type() { return PyType.MODULE; }
    @Override public PyDict getDict() { return dict; }
    public String name() {
        PyObject n = dict.getStr("__name__");
        return n instanceof PyStr ? ((PyStr) n).value : "?";
    }
    @Override public String pyRepr() {
        PyObject f = dict.getStr("__file__");
        if (f instanceof PyStr) return "<module '" + name() + "' from '" + ((PyStr) f).value + "'>";
        return "<module '" + name() + "' (built-in)>";
    }
    @Override public PyObject pyGetAttr(String name) {
        PyObject v = dict.getStr(name);
        if (v != null) return v;
        if (name.equals("__dict__")) return dict;
        if (name.equals("__annotations__")) {
            // module's __annotations__ getset: an empty dict is made (and kept) on first access
            PyDict a = new PyDict();
            dict.putStr(name, a);
            return a;
        }
        PyObject r = Ops.genericGetAttr(this, name);
        if (r != null) return r;
        PyObject ga = dict.getStr("__getattr__");
        if (ga != null) return ga.call1(PyStr.of(name));
        return null;
    }
    public void put(String name, PyObject v) { dict.putStr(name, v); }
}
