package org.herthon.interpreter.runtime;

/** types.MappingProxyType: a read-only view of a mapping (a class __dict__, or any mapping given to mappingproxy()). */
public final class PyMappingProxy extends PyObject {
    /** The mapping when it is an exact dict (fast paths), else null. */
    public final PyDict d;
    /** The mapping. */
    public final PyObject m;
    public PyMappingProxy(PyDict d) { this.d = d; this.m = d; }
    public PyMappingProxy(PyObject m) { this.m = m; this.d = PyDict.isExact(m) ? (PyDict) m : null; }
    @Override public PyType type() { return PyType.MAPPINGPROXY; }
    @Override public String pyRepr() { return "mappingproxy(" + Ops.repr(m) + ")"; }
    @Override public String pyStr() { return Ops.str(m); }
    @Override public boolean hasLen() { return true; }
    @Override public int pyLen() { return d != null ? d.size() : Ops.len(m); }
    @Override public PyObject pyGetItem(PyObject key) { return d != null ? d.pyGetItem(key) : Ops.getItem(m, key); }
    @Override public int pyContains(PyObject item) { return d != null ? d.pyContains(item) : Ops.contains(m, item) ? 1 : 0; }
    @Override public boolean isIterable() { return true; }
    @Override public PyObject pyIter() { return d != null ? d.pyIter() : Ops.iter(m); }
    @Override public PyObject pyRichCompare(PyObject other, int op) { return Ops.richCompare(m, other instanceof PyMappingProxy ? ((PyMappingProxy) other).m : other, op); }

    /** mappingproxy(mapping) */
    static PyObject create(PyObject mapping) {
        if (mapping instanceof PyList || mapping instanceof PyTuple || mapping.type().lookup("__getitem__") == null || !(mapping instanceof PyDict) && mapping.type().lookup("keys") == null) {
            throw Err.typeError("mappingproxy() argument must be a mapping, not " + mapping.type().name);
        }
        return new PyMappingProxy(mapping);
    }
}
