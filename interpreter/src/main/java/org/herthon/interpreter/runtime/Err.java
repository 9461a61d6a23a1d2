package org.herthon.interpreter.runtime;

/** Factories for raising builtin exceptions from Java code. */
public final class Err {
    private Err() {}

    public static PyException make(PyType type, PyObject... args) {
        PyBaseException e = (PyBaseException) type.solid.factory.create(type);
        e.init(args);
        return new PyException(e);
    }
    public static PyException make(PyType type, String msg) { return make(type, PyStr.of(msg)); }

    public static PyException typeError(String msg) { return make(PyExc.TypeError, msg); }
    public static PyException valueError(String msg) { return make(PyExc.ValueError, msg); }
    public static PyException indexError(String msg) { return make(PyExc.IndexError, msg); }
    public static PyException keyError(PyObject key) { return make(PyExc.KeyError, key); }
    public static PyException keyError(String msg) { return make(PyExc.KeyError, PyStr.of(msg)); }
    public static PyException attributeError(String msg) { return make(PyExc.AttributeError, msg); }
    public static PyException attributeError(PyObject obj, String name, String msg) {
        PyException e = make(PyExc.AttributeError, msg);
        e.exc.getDict().putStr("name", PyStr.of(name));
        e.exc.getDict().putStr("obj", obj);
        return e;
    }
    public static PyException nameError(String name) {
        PyException e = make(PyExc.NameError, "name '" + name + "' is not defined");
        e.exc.getDict().putStr("name", PyStr.of(name));
        return e;
    }
    public static PyException unboundLocal(String name) {
        PyException e = make(PyExc.UnboundLocalError, "cannot access local variable '" + name + "' where it is not associated with a value");
        e.exc.getDict().putStr("name", PyStr.of(name));
        return e;
    }
    public static PyException unboundFree(String name) {
        PyException e = make(PyExc.NameError, "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
        e.exc.getDict().putStr("name", PyStr.of(name));
        return e;
    }
    public static PyException zeroDivision(String msg) { return make(PyExc.ZeroDivisionError, msg); }
    public static PyException overflow(String msg) { return make(PyExc.OverflowError, msg); }
    public static PyException runtimeError(String msg) { return make(PyExc.RuntimeError, msg); }
    public static PyException recursionError() { return make(PyExc.RecursionError, "maximum recursion depth exceeded"); }
    public static PyException notImplemented(String msg) { return make(PyExc.NotImplementedError, msg); }
    public static PyException stopIteration(PyObject value) {
        return value == null || value == PyNone.INSTANCE ? make(PyExc.StopIteration) : make(PyExc.StopIteration, value);
    }
    public static PyException osError(PyType t, int errno, String strerror, String filename) {
        return make(t, PyInt.of(errno), PyStr.of(strerror), PyStr.of(filename));
    }
}
