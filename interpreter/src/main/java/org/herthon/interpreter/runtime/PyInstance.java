package org.herthon.interpreter.runtime;

/** Instances of user-defined classes whose only builtin base is object. */
public final class PyInstance extends PyObject {
    private final PyType cls;
    /** The instance __dict__; null for classes whose __slots__ (and their bases') leave it out. */
    public PyDict dict;
    /** Values of the __slots__ members (null entries: unset); null when the class has none. */
    public PyObject[] slots;

    public PyInstance(PyType cls) {
        this.cls = cls;
        this.dict = cls.noInstanceDict ? null : new PyDict();
        this.slots = cls.slotCount == 0 ? null : new PyObject[cls.slotCount];
        if (GcTracker.on) GcTracker.register(this);
    }

    @Override public PyType type() { return cls; }
    @Override public PyDict getDict() { return dict; }
    @Override public boolean isDescriptor() { return cls.lookup("__get__") != null; }
    @Override public boolean isDataDescriptor() { return cls.lookup("__set__") != null || cls.lookup("__delete__") != null; }
    @Override public PyObject descrGet(PyObject obj, PyType type) {
        PyObject g = cls.lookup("__get__");
        if (g == null) return this;
        return Ops.callMethodRaw(g, this, new PyObject[]{obj == null ? PyNone.INSTANCE : obj, type}, null);
    }
    @Override public void descrSet(PyObject obj, PyObject value) {
        PyObject s = cls.lookup("__set__");
        if (s == null) throw Err.attributeError("__set__");
        Ops.callMethodRaw(s, this, new PyObject[]{obj, value}, null);
    }
    @Override public void descrDelete(PyObject obj) {
        PyObject s = cls.lookup("__delete__");
        if (s == null) throw Err.attributeError("__delete__");
        Ops.callMethodRaw(s, this, new PyObject[]{obj}, null);
    }
}
