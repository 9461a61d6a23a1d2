package org.herthon.interpreter.runtime;

public final class PyMappingProxy extends PyObject {
    public final PyDict d;
    public PyMappingProxy(PyDict d) { this.d = d; }
    @Override public PyType type() { return PyType.MAPPINGPROXY; }
    @Override public String pyRepr() { return "mappingproxy(" + d.pyRepr() + ")"; }
    /** str() of a mappingproxy is str() of its mapping (CPython: mappingproxy_str). */
    @Override public String pyStr() { return Ops.str(d); }
    @Override public boolean hasLen() { return true; }
    @Override public int pyLen() { return d.size(); }
    @Override public PyObject pyGetItem(PyObject key) { return d.pyGetItem(key); }
    @Override public int pyContains(PyObject item) { return d.pyContains(item); }
    @Override public boolean isIterable() { return true; }
    @Override public PyObject pyIter() { return d.pyIter(); }
}
