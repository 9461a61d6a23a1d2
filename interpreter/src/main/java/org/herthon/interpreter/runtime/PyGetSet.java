package org.herthon.interpreter.runtime;

/** A read-only attribute of a builtin type (getset_descriptor), e.g. int.real or range.start. */
public final class PyGetSet extends PyObject {
    final String name;
    final PyType owner;
    final PyBuiltinFunction.Impl1 getter;
    /** Called with (obj, value) to set and (obj, null) to delete; null when read-only. */
    final PyBuiltinFunction.Impl2 setter;

    public PyGetSet(PyType owner, String name, PyBuiltinFunction.Impl1 getter) {
        this(owner, name, getter, null);
    }

    public PyGetSet(PyType owner, String name, PyBuiltinFunction.Impl1 getter, PyBuiltinFunction.Impl2 setter) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    @Override public PyType type() { return PyType.GETSET_DESCRIPTOR; }
    @Override public boolean isDescriptor() { return true; }
    @Override public boolean isDataDescriptor() { return true; }
    @Override public PyObject descrGet(PyObject obj, PyType type) { return obj == null ? this : getter.call(obj); }
    @Override public void descrSet(PyObject obj, PyObject value) {
        if (setter != null) { setter.call(obj, value); return; }
        throw Err.attributeError("attribute '" + name + "' of '" + owner.name + "' objects is not writable");
    }
    @Override public void descrDelete(PyObject obj) {
        if (setter != null) { setter.call(obj, null); return; }
        throw Err.attributeError("attribute '" + name + "' of '" + owner.name + "' objects is not writable");
    }
    @Override public String pyRepr() { return "<attribute '" + name + "' of '" + owner.name + "' objects>"; }

    public static void add(PyType t, String name, PyBuiltinFunction.Impl1 getter) {
        t.dict.putStr(name, new PyGetSet(t, name, getter));
    }
}
