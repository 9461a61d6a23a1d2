package org.herthon.interpreter.runtime;

public final class PyProperty extends PyObject {
    public final PyObject fget, fset, fdel;
    public PyObject doc;
    private String name;

    public PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = fget; this.fset = fset; this.fdel = fdel;
        if ((doc == null || doc == PyNone.INSTANCE) && fget != null && fget != PyNone.INSTANCE) {
            PyObject d = Ops.getAttrOrNull(fget, "__doc__");
            doc = d == null ? PyNone.INSTANCE : d;
        }
        this.doc = doc == null ? PyNone.INSTANCE : doc;
    }
    private static boolean present(PyObject o) { return o != null && o != PyNone.INSTANCE; }

    @Override public PyType type() { return PyType.PROPERTY; }
    @Override public boolean isDescriptor() { return true; }
    @Override public boolean isDataDescriptor() { return true; }
    private String pname() {
        if (name != null) return name;
        if (present(fget)) {
            PyObject n = Ops.getAttrOrNull(fget, "__name__");
            if (n instanceof PyStr) return ((PyStr) n).value;
        }
        return null;
    }
    @Override public PyObject descrGet(PyObject obj, PyType type) {
        if (obj == null) return this;
        if (!present(fget)) {
            String n = pname();
            throw Err.attributeError(n == null ? "unreadable attribute" : "property '" + n + "' of '" + obj.type().name + "' object has no getter");
        }
        return fget.call1(obj);
    }
    @Override public void descrSet(PyObject obj, PyObject value) {
        if (!present(fset)) {
            String n = pname();
            throw Err.attributeError(n == null ? "can't set attribute" : "property '" + n + "' of '" + obj.type().name + "' object has no setter");
        }
        fset.call2(obj, value);
    }
    @Override public void descrDelete(PyObject obj) {
        if (!present(fdel)) {
            String n = pname();
            throw Err.attributeError(n == null ? "can't delete attribute" : "property '" + n + "' of '" + obj.type().name + "' object has no deleter");
        }
        fdel.call1(obj);
    }
    public PyProperty with(PyObject g, PyObject s, PyObject d) {
        PyProperty p = new PyProperty(g, s, d, doc);
        p.name = name;
        return p;
    }
    public void setName(String n) { this.name = n; }
    @Override public PyObject pyGetAttr(String n) {
        switch (n) {
            case "fget": return fget == null ? PyNone.INSTANCE : fget;
            case "fset": return fset == null ? PyNone.INSTANCE : fset;
            case "fdel": return fdel == null ? PyNone.INSTANCE : fdel;
            case "__doc__": return doc;
            default: return super.pyGetAttr(n);
        }
    }
}
