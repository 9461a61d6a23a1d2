package org.herthon.interpreter.runtime;

/**
 * A member_descriptor: an attribute stored in the instance's layout rather than its __dict__
 * (the entries of __slots__, function.__globals__ ...).
 */
public final class PyMemberDescr extends PyObject {
    /** Reads the member; returns null when it is unset. */
    @FunctionalInterface public interface Getter { PyObject get(PyObject obj); }
    /** Writes the member; value null deletes it. */
    @FunctionalInterface public interface Setter { void set(PyObject obj, PyObject value); }

    public final String name;
    public final PyType owner;
    private final Getter getter;
    private final Setter setter;

    public PyMemberDescr(PyType owner, String name, Getter getter, Setter setter) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    @Override public PyType type() { return PyType.MEMBER_DESCRIPTOR; }
    @Override public boolean isDescriptor() { return true; }
    @Override public boolean isDataDescriptor() { return true; }

    private void check(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner)) {
            throw Err.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '" + obj.type().name + "' object");
        }
    }

    @Override public PyObject descrGet(PyObject obj, PyType type) {
        if (obj == null) return this;
        check(obj);
        PyObject v = getter.get(obj);
        if (v == null) throw Err.attributeError(obj, name, "'" + obj.type().name + "' object has no attribute '" + name + "'");
        return v;
    }
    @Override public void descrSet(PyObject obj, PyObject value) {
        if (setter == null) throw Err.attributeError("readonly attribute");
        check(obj);
        setter.set(obj, value);
    }
    @Override public void descrDelete(PyObject obj) {
        if (setter == null) throw Err.attributeError("readonly attribute");
        check(obj);
        // CPython's PyMember_SetOne deleting an unset T_OBJECT_EX member: AttributeError(name)
        if (getter.get(obj) == null) throw Err.attributeError(name);
        setter.set(obj, null);
    }
    @Override public String pyRepr() { return "<member '" + name + "' of '" + owner.name + "' objects>"; }
    @Override public PyObject pyGetAttr(String n) {
        switch (n) {
            case "__name__": case "__qualname__": return PyStr.of(n.equals("__name__") ? name : owner.name + "." + name);
            case "__objclass__": return owner;
            default: return super.pyGetAttr(n);
        }
    }
}
