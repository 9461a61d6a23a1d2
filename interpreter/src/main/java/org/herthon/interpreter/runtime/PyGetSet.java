package org.herthon.interpreter.runtime;

/** A read-only attribute of a builtin type (getset_descriptor), e.g. int.real or range.start. */
public final class PyGetSet extends PyObject {
    final String name;
    final PyType owner;
    final PyBuiltinFunction.Impl1 getter;

    public PyGetSet(PyType owner, String name, PyBuiltinFunction.Impl1 getter) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
    }

    @Override public PyType type() { return PyType.GETSET_DESCRIPTOR; }
    @Override public boolean isDescriptor() { return true; }
    @Override public boolean isDataDescriptor() { return true; }
    @Override public PyObject descrGet(PyObject obj, PyType type) { return obj == null ? this : getter.call(obj); }
    @Override public void descrSet(PyObject obj, PyObject value) {
        throw Err.attributeError("attribute '" + name + "' of '" + owner.name + "' objects is not writable");
    }
    @Override public void descrDelete(PyObject obj) {
        throw Err.attributeError("attribute '" + name + "' of '" + owner.name + "' objects is not writable");
    }
    @Override public String pyRepr() { return "<attribute '" + name + "' of '" + owner.name + "' objects>"; }

    public static void add(PyType t, String name, PyBuiltinFunction.Impl1 getter) {
        t.dict.putStr(name, new PyGetSet(t, name, getter));
    }
}
