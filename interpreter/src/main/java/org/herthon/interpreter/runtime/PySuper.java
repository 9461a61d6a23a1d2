package org.herthon.interpreter.runtime;

public final class PySuper extends PyObject {
    final PyType thisType;
    final PyObject obj;      // may be null (unbound super)
    final PyType objType;

    public PySuper(PyType thisType, PyObject obj) {
        this.thisType = thisType;
        this.obj = obj;
        if (obj == null) objType = null;
        else if (obj instanceof PyType && ((PyType) obj).isSubtypeOf(thisType)) objType = (PyType) obj;
        else if (obj.type().isSubtypeOf(thisType)) objType = obj.type();
        else throw Err.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    @Override public boolean plainAttributes() { return false; }
    @Override public PyType type() { return PyType.SUPER; }
    @Override public String pyRepr() {
        return "<super: <class '" + thisType.name + "'>, " + (obj == null ? "NULL" : "<" + objType.name + " object>") + ">";
    }
    @Override public PyObject pyGetAttr(String name) {
        if (objType != null && !name.equals("__class__")) {
            PyObject v = objType.lookupAfter(thisType, name);
            if (v != null) {
                if (v.isDescriptor()) {
                    return v.descrGet(obj == objType ? null : obj, objType);
                }
                return v;
            }
        }
        return super.pyGetAttr(name);
    }
}
