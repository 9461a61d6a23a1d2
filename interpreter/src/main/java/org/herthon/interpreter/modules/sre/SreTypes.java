package org.herthon.interpreter.modules.sre;

import org.herthon.interpreter.runtime.*;

/** Helpers that build the types re.Pattern, re.Match and _sre.SRE_Scanner (immutable, shared by all interpreters). */
final class SreTypes {
    private SreTypes() {}

    interface Body { PyObject call(PyObject self, PyObject[] params); }

    static PyType type(String name, String module) {
        PyType t = new PyType(name, true, new PyType[]{PyType.OBJECT});
        t.dict.putStr("__module__", PyStr.of(module));
        t.baseAllowed = false;
        return t;
    }

    /** A method taking the named parameters (the first `required` ones required), positionally or by keyword. */
    static void method(PyType t, String name, Body body, String[] names, int required) {
        t.dict.putStr(name, PyBuiltinFunction.method(t.name, name, (a, k) -> {
            if (a.length == 0) throw Err.typeError("descriptor '" + name + "' of '" + t.qualifiedName() + "' object needs an argument");
            PyObject self = a[0];
            if (self.type() != t) {
                throw Err.typeError("descriptor '" + name + "' for '" + t.qualifiedName() + "' objects doesn't apply to a '"
                        + self.type().name + "' object");
            }
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            PyObject[] p;
            checkKeywords(name, k, names);
            if (names.length == 0) {
                Args.none(name, rest, k);
                p = rest;
            } else {
                p = Args.bind(name, rest, k, names, required, names.length);
            }
            try {
                return body.call(self, p);
            } catch (OutOfMemoryError e) {
                throw Err.make(PyExc.MemoryError);
            }
        }));
    }

    /** Argument Clinic's message for a keyword that names no parameter. */
    static void checkKeywords(String fname, String[] kw, String[] names) {
        if (kw == null) return;
        outer:
        for (String k : kw) {
            for (String n : names) if (n.equals(k)) continue outer;
            throw Err.typeError("'" + k + "' is an invalid keyword argument for " + fname + "()");
        }
    }

    /** A method taking any arguments (impl gets self first, as a[0], already checked). */
    static void varargs(PyType t, String name, PyBuiltinFunction.Impl impl) {
        t.dict.putStr(name, PyBuiltinFunction.method(t.name, name, (a, k) -> {
            if (a.length == 0) throw Err.typeError("descriptor '" + name + "' of '" + t.qualifiedName() + "' object needs an argument");
            if (a[0].type() != t) {
                throw Err.typeError("descriptor '" + name + "' for '" + t.qualifiedName() + "' objects doesn't apply to a '"
                        + a[0].type().name + "' object");
            }
            try {
                return impl.call(a, k);
            } catch (OutOfMemoryError e) {
                throw Err.make(PyExc.MemoryError);
            }
        }));
    }

    /** __repr__, __new__ (refused: these objects come only from the engine), __class_getitem__. */
    static void standard(PyType t) {
        t.dict.putStr("__repr__", PyBuiltinFunction.method1(t.name, "__repr__", self -> PyStr.of(self.pyRepr())));
        t.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            throw Err.typeError("cannot create '" + t.qualifiedName() + "' instances");
        })));
    }

    static void classGetitem(PyType t) {
        t.dict.putStr("__class_getitem__", new PyClassMethod(PyBuiltinFunction.of2("__class_getitem__",
                (cls, key) -> new PyGenericAlias((PyType) cls, key))));
    }
}
