package org.herthon.interpreter.modules;

import java.math.BigInteger;

import org.herthon.interpreter.runtime.*;

/** Small helpers shared by the Java twins: defining functions and types, CPython's argument conversions. */
public final class ModuleSupport {
    private ModuleSupport() {}

    /** Adds a module-level function. */
    public static PyBuiltinFunction def(PyModule m, String name, PyBuiltinFunction.Impl impl) {
        PyBuiltinFunction f = PyBuiltinFunction.of(name, impl);
        f.module = PyStr.of(m.name());
        m.dict.putStr(name, f);
        return f;
    }

    public static void put(PyModule m, String name, PyObject v) { m.dict.putStr(name, v); }

    /** A type written in Java (immutable like a C type) that Herthon classes can subclass. */
    public static PyType newType(String module, String name, PyType.Factory factory) {
        PyType t = new PyType(name, true, new PyType[]{PyType.OBJECT});
        t.dict.putStr("__module__", PyStr.of(module));
        t.dict.putStr("__doc__", PyNone.INSTANCE);
        if (factory != null) {
            t.factory = factory;
            t.solid = t;
        }
        return t;
    }

    /** A type whose instances cannot be made by calling it (like CPython's types without tp_new). */
    public static PyType newFinalType(String module, String name) {
        PyType t = newType(module, name, null);
        t.baseAllowed = false;
        t.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            throw Err.typeError("cannot create '" + module + "." + name + "' instances");
        })));
        return t;
    }

    /** A method of a Java type. */
    public static void method(PyType t, String name, PyBuiltinFunction.Impl impl) {
        t.dict.putStr(name, PyBuiltinFunction.method(t.name, name, impl));
    }

    /** An exception class of a module (a heap type, made per module object as CPython does). */
    public static PyType newException(String module, String name, PyType base) {
        PyType t = new PyType(name, false, new PyType[]{base});
        t.dict.putStr("__module__", PyStr.of(module));
        t.dict.putStr("__doc__", PyNone.INSTANCE);
        return t;
    }

    /** PyFloat_AsDouble: float, int, __float__, __index__. */
    public static double asDouble(PyObject o) {
        if (o instanceof PyFloat) return ((PyFloat) o).value;
        if (o instanceof PyInt && o.type() == PyType.INT || o instanceof PyBool) return ((PyInt) o).value;
        if (o instanceof PyBigInt) return Arith.toDouble(o);
        PyObject f = o.type().lookup("__float__");
        if (f != null) {
            PyObject r = Ops.callDunder(f, o);
            if (!(r instanceof PyFloat)) {
                throw Err.typeError(o.type().name + ".__float__ returned non-float (type " + r.type().name + ")");
            }
            return ((PyFloat) r).value;
        }
        if (o instanceof PyInt) return ((PyInt) o).value;
        if (o.type().lookup("__index__") != null) return Arith.toDouble(Ops.indexObj(o));
        throw Err.typeError("must be real number, not " + o.type().name);
    }

    /** PyNumber_Index as a BigInteger. */
    public static BigInteger bigIndex(PyObject o) {
        return Arith.big(Ops.indexObj(o));
    }

    /** PyNumber_Index normalized to an exact int object. */
    public static PyObject intIndex(PyObject o) {
        PyObject r = Ops.indexObj(o);
        if (r instanceof PyInt && r.type() != PyType.INT) return PyInt.of(((PyInt) r).value);
        return r;
    }

    /** An int argument as a C int (an 'i' format unit): TypeError for non-integers, OverflowError when out of range. */
    public static int cInt(PyObject o) {
        if (o instanceof PyFloat) throw Err.typeError("'float' object cannot be interpreted as an integer");
        BigInteger b = bigIndex(o);
        if (b.bitLength() > 31) {
            throw Err.overflow(b.signum() < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum");
        }
        return b.intValue();
    }

    /** A Py_ssize_t argument ('n' format unit). */
    public static long ssize(PyObject o) {
        if (o instanceof PyFloat) throw Err.typeError("'float' object cannot be interpreted as an integer");
        BigInteger b = bigIndex(o);
        if (b.bitLength() > 63) throw Err.overflow("Python int too large to convert to C ssize_t");
        return b.longValue();
    }

    public static PyObject[] tail(PyObject[] a, int from) { return java.util.Arrays.copyOfRange(a, from, a.length); }

    /**
     * A slot wrapper of a Java type whose operators must dispatch through its dictionary (binary
     * operators, comparisons): binds like a method but is not a PyBuiltinFunction, which the
     * evaluator would route to the numeric fast paths.
     */
    public static final class Slot extends PyObject {
        final String name;
        final PyBuiltinFunction fn;

        public Slot(String owner, String name, PyBuiltinFunction.Impl impl) {
            this.name = name;
            this.fn = PyBuiltinFunction.of(name, impl);
        }

        @Override public PyType type() { return PyType.WRAPPER_DESCRIPTOR; }
        @Override public boolean isDescriptor() { return true; }
        @Override public PyObject descrGet(PyObject obj, PyType type) { return obj == null ? this : new PyMethod(obj, fn); }
        @Override public PyObject call(PyObject[] args, String[] kwnames) { return fn.call(args, kwnames); }
        @Override public String pyRepr() { return "<slot wrapper '" + name + "'>"; }
    }

    public static void slot(PyType t, String name, PyBuiltinFunction.Impl impl) {
        t.dict.putStr(name, new Slot(t.name, name, impl));
    }

    /** A type like {@link #newType} whose operators go through its dictionary (see {@link Slot}). */
    public static PyType newHeapLikeType(String module, String name, PyType.Factory factory) {
        PyType t = new PyType(name, false, new PyType[]{PyType.OBJECT});
        t.dict.putStr("__module__", PyStr.of(module));
        t.dict.putStr("__doc__", PyNone.INSTANCE);
        t.factory = factory;
        t.solid = t;
        return t;
    }
}
