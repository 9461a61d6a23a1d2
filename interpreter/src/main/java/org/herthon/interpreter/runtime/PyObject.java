package org.herthon.interpreter.runtime;

/**
 * Base of every Herthon object. Builtin behaviour is implemented by the virtual {@code py*}
 * hooks (CPython's type slots); {@link Ops} calls them directly for objects of exact builtin
 * types and goes through the type's dictionary (so Herthon-level overrides win) otherwise.
 */
public abstract class PyObject {
    public static final PyObject[] EMPTY = new PyObject[0];

    public abstract PyType type();

    /** The instance __dict__, or null when the object has none. */
    public PyDict getDict() { return null; }

    // ---- calling -------------------------------------------------------------------------
    /** args holds the positional arguments followed by the keyword values named by kwnames (may be null). */
    public PyObject call(PyObject[] args, String[] kwnames) {
        return Ops.callViaDunder(this, args, kwnames);
    }
    public PyObject call0() { return call(EMPTY, null); }
    public PyObject call1(PyObject a) { return call(new PyObject[]{a}, null); }
    public PyObject call2(PyObject a, PyObject b) { return call(new PyObject[]{a, b}, null); }
    public PyObject call3(PyObject a, PyObject b, PyObject c) { return call(new PyObject[]{a, b, c}, null); }

    // ---- descriptor protocol ---------------------------------------------------------------
    /** Whether this object, found on a type, is a descriptor with __get__. */
    public boolean isDescriptor() { return false; }
    public boolean isDataDescriptor() { return false; }
    /** __get__(obj, type); obj is null for access through the class. */
    public PyObject descrGet(PyObject obj, PyType type) { return this; }
    public void descrSet(PyObject obj, PyObject value) { throw Err.attributeError("__set__"); }
    public void descrDelete(PyObject obj) { throw Err.attributeError("__delete__"); }
    /** Whether calling this (found on a type) with self prepended equals calling the bound method. */
    public boolean isMethodDescriptor() { return false; }

    // ---- builtin slots (used for exact builtin types and through the type dict wrappers) ----
    public String pyRepr() {
        PyType t = type();
        return "<" + t.qualifiedName() + " object at " + Ops.addressString(this) + ">";
    }
    public String pyStr() { return Ops.repr(this); }
    public long pyHash() { return Ops.identityHash(this); }
    public boolean pyBool() { return true; }
    /** Returns NotImplemented when unsupported. op is one of Ops.LT..Ops.GE. */
    public PyObject pyRichCompare(PyObject other, int op) {
        if (op == Ops.EQ) return this == other ? PyBool.TRUE : PyNotImplemented.INSTANCE;
        if (op == Ops.NE) return this == other ? PyBool.FALSE : PyNotImplemented.INSTANCE;
        return PyNotImplemented.INSTANCE;
    }
    public int pyLen() { throw Err.typeError("object of type '" + type().name + "' has no len()"); }
    public boolean hasLen() { return false; }
    public PyObject pyGetItem(PyObject key) {
        throw Err.typeError("'" + type().name + "' object is not subscriptable");
    }
    public void pySetItem(PyObject key, PyObject value) {
        throw Err.typeError("'" + type().name + "' object does not support item assignment");
    }
    public void pyDelItem(PyObject key) {
        throw Err.typeError("'" + type().name + "' object doesn't support item deletion");
    }
    /** null when the type has no builtin containment test (falls back to iteration). */
    public PyObject pyIter() { throw Err.typeError("'" + type().name + "' object is not iterable"); }
    public boolean isIterable() { return false; }
    /** The next item, or null when exhausted. */
    public PyObject pyNext() { throw Err.typeError("'" + type().name + "' object is not an iterator"); }
    public boolean isIterator() { return false; }
    /** Returns -1 unknown (iterate), 0 false, 1 true. */
    public int pyContains(PyObject item) { return -1; }

    /** False for objects whose attributes are not resolved through their type (types, modules, super). */
    public boolean plainAttributes() { return true; }

    /** Generic attribute lookup (object.__getattribute__); returns null when missing. */
    public PyObject pyGetAttr(String name) { return Ops.genericGetAttr(this, name); }
    public void pySetAttr(String name, PyObject value) { Ops.genericSetAttr(this, name, value); }
    public void pyDelAttr(String name) { Ops.genericDelAttr(this, name); }

    @Override public final boolean equals(Object o) { return o instanceof PyObject && (o == this || Ops.eqBool(this, (PyObject) o)); }
    @Override public final int hashCode() { long h = Ops.hash(this); return (int) (h ^ (h >>> 32)); }
    @Override public String toString() { return Ops.str(this); }
}
