package org.herthon.interpreter.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Core builtin function objects shared by the type system, and small shared helpers. */
public final class Builtins0 {
    private Builtins0() {}

    public static final PyBuiltinFunction OBJECT_NEW = PyBuiltinFunction.of("__new__", (args, kw) -> {
        if (args.length == 0 || !(args[0] instanceof PyType)) throw Err.typeError("object.__new__(X): X is not a type object");
        PyType cls = (PyType) args[0];
        checkAbstract(cls);
        return cls.solid.factory.create(cls);
    });

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
    public static final PyBuiltinFunction OBJECT_INIT = PyBuiltinFunction.method("object", "__init__", (args, kw) -> PyNone.INSTANCE);

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
