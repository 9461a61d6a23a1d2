package org.herthon.interpreter.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Core builtin function objects shared by the type system, and small shared helpers. */
public final class Builtins0 {
    private Builtins0() {}

    public static final PyBuiltinFunction OBJECT_NEW = PyBuiltinFunction.of("__new__", (args, kw) -> {
        if (args.length == 0 || !(args[0] instanceof PyType)) throw Err.typeError("object.__new__(X): X is not a type object");
        PyType cls = (PyType) args[0];
        if (args.length > 1 && cls.solid == PyType.OBJECT) {
            // CPython's object_new: extra arguments are an error unless __new__ is overridden
            // (then object.__new__ was called explicitly) ... or __init__ is and __new__ is not
            if (!isObjectNew(cls.lookup("__new__"))) {
                throw Err.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (cls.lookup("__init__") == Builtins0.OBJECT_INIT) throw Err.typeError(cls.name + "() takes no arguments");
        }
        checkAbstract(cls);
        return cls.solid.factory.create(cls);
    });

    private static boolean isObjectNew(PyObject f) {
        if (f instanceof PyStaticMethod) f = ((PyStaticMethod) f).func;
        return f == OBJECT_NEW;
    }

    /** object.__new__ refuses classes with abstract methods left (abc sets __abstractmethods__). */
    public static void checkAbstract(PyType cls) {
        if (cls.builtin) return;
        PyObject am = cls.dict.getStr("__abstractmethods__");
        if (am == null || !Ops.isTrue(am)) return;
        java.util.List<String> names = new java.util.ArrayList<>();
        for (PyObject o : Ops.toArray(am)) names.add(Ops.str(o));
        java.util.Collections.sort(names);
        throw Err.typeError("Can't instantiate abstract class " + cls.name + " with abstract method" + (names.size() > 1 ? "s " : " ")
                + String.join(", ", names));
    }
    public static final PyBuiltinFunction OBJECT_INIT = PyBuiltinFunction.method("object", "__init__", (args, kw) -> {
        if (args.length > 1) {
            // CPython's object_init. Only for classes whose one builtin base is object: the other
            // builtin types do not all carry CPython's __init__/__new__ entries here.
            PyType t = args[0].type();
            if (t.solid == PyType.OBJECT) {
                if (t.lookup("__init__") != Builtins0.OBJECT_INIT) {
                    throw Err.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
                if (isObjectNew(t.lookup("__new__"))) {
                    throw Err.typeError(t.name + ".__init__() takes exactly one argument (the instance to initialize)");
                }
            }
        }
        return PyNone.INSTANCE;
    });

    public static void dictUpdate(PyDict d, PyObject other, PyObject[] kwvals, String[] kwnames) {
        if (other != null) {
            if (other instanceof PyDict) d.update((PyDict) other);
            else if (other.type().lookup("keys") != null && !(other instanceof PyList) && !(other instanceof PyTuple)) {
                PyObject keys = Ops.getAttr(other, "keys").call0();
                PyObject it = Ops.iter(keys);
                PyObject k;
                while ((k = Ops.next(it)) != null) d.put(k, Ops.getItem(other, k));
            } else {
                PyObject it = Ops.iter(other);
                PyObject item;
                int i = 0;
                while ((item = Ops.next(it)) != null) {
                    PyObject[] kv;
                    try {
                        kv = Ops.toArray(item);
                    } catch (PyException e) {
                        if (e.matches(PyExc.TypeError)) throw Err.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                        throw e;
                    }
                    if (kv.length != 2) throw Err.valueError("dictionary update sequence element #" + i + " has length " + kv.length + "; 2 is required");
                    d.put(kv[0], kv[1]);
                    i++;
                }
            }
        }
        if (kwnames != null) {
            for (int i = 0; i < kwnames.length; i++) d.putStr(kwnames[i], kwvals[i]);
        }
    }

    public static PyObject floatToInt(double v) {
        if (Double.isNaN(v)) throw Err.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(v)) throw Err.overflow("cannot convert float infinity to integer");
        if (Math.abs(v) < 9.0e18) return PyInt.of((long) v);
        return PyInt.of(new BigDecimal(v).toBigInteger());
    }

    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < repr.length(); ) {
            int c = repr.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) sb.append((char) c);
            else if (c <= 0xff) sb.append(String.format("\\x%02x", c));
            else if (c <= 0xffff) sb.append(String.format("\\u%04x", c));
            else sb.append(String.format("\\U%08x", c));
        }
        return sb.toString();
    }

    public static BigInteger bigOf(PyObject o) { return Arith.big(o); }
}
