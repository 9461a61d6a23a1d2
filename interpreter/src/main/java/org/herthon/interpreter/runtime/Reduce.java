package org.herthon.interpreter.runtime;

/**
 * object.__reduce_ex__, object.__reduce__ and object.__getstate__ (CPython's Objects/typeobject.c
 * reduce_newobj and object_getstate), which copy and pickle use for instances of classes.
 *
 * <p>Difference from CPython: every protocol gets the protocol-2 form (copyreg.__newobj__, not
 * copyreg._reduce_ex below protocol 2). The function is the copyreg module's own, as CPython's
 * is (pickle saves it by name and checks that copyreg.__newobj__ is that very object); the Java
 * twins below stand in only where no interpreter runs on the thread.
 */
public final class Reduce {
    private Reduce() {}

    public static final PyBuiltinFunction NEWOBJ = PyBuiltinFunction.of("__newobj__", (a, k) -> {
        if (a.length == 0 || !(a[0] instanceof PyType)) throw Err.typeError("__newobj__ expects a class");
        PyType cls = (PyType) a[0];
        PyObject nf = cls.lookup("__new__");
        if (nf instanceof PyStaticMethod) nf = ((PyStaticMethod) nf).func;
        return nf.call(a, k);
    });
    public static final PyBuiltinFunction NEWOBJ_EX = PyBuiltinFunction.of("__newobj_ex__", (a, k) -> {
        PyType cls = (PyType) a[0];
        PyObject[] args = Ops.toArray(a[1]);
        PyDict kw = (PyDict) a[2];
        PyObject nf = cls.lookup("__new__");
        if (nf instanceof PyStaticMethod) nf = ((PyStaticMethod) nf).func;
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = cls;
        System.arraycopy(args, 0, all, 1, args.length);
        return org.herthon.interpreter.Interpreter.callWithKw(nf, all, kw);
    });
    static {
        NEWOBJ.module = PyStr.of("copyreg");
        NEWOBJ_EX.module = PyStr.of("copyreg");
    }

    static PyBuiltinFunction objectReduce;

    /** object.__reduce_ex__(protocol). */
    static PyObject reduceEx(PyObject self, PyObject protocol) {
        PyObject r = self.type().lookup("__reduce__");
        if (r != null && r != objectReduce) return Ops.callDunder(r, self);
        return reduceNewobj(self);
    }

    /** Instances of these Java types cannot be rebuilt from their class and state. */
    private static boolean unpicklable(PyObject self) {
        PyType t = self.type();
        PyType s = t;
        while (s != null && !s.builtin) s = s.bases.length > 0 ? s.bases[0] : null;
        if (s == null || s == PyType.OBJECT) return false;
        return !(self instanceof PyList || self instanceof PyDict || self instanceof PySet || self instanceof PyTuple
                || self instanceof PyInt || self instanceof PyFloat || self instanceof PyStr || self instanceof PyBytes
                || self instanceof PyByteArray || self instanceof PyBaseException || self instanceof PyComplex);
    }

    static PyObject reduceNewobj(PyObject self) {
        PyType cls = self.type();
        PyObject args, kwargs = null;
        PyObject gne = cls.lookup("__getnewargs_ex__");
        if (gne != null) {
            PyObject r = Ops.callDunder(gne, self);
            if (!(r instanceof PyTuple) || ((PyTuple) r).items.length != 2) {
                throw Err.typeError("__getnewargs_ex__ should return a tuple of length 2, not '" + r.type().name + "'");
            }
            args = ((PyTuple) r).items[0];
            kwargs = ((PyTuple) r).items[1];
            if (!(args instanceof PyTuple)) throw Err.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '" + args.type().name + "'");
            if (!(kwargs instanceof PyDict)) throw Err.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '" + kwargs.type().name + "'");
        } else {
            PyObject gn = cls.lookup("__getnewargs__");
            if (gn != null) {
                args = Ops.callDunder(gn, self);
                if (!(args instanceof PyTuple)) throw Err.typeError("__getnewargs__ should return a tuple, not '" + args.type().name + "'");
            } else {
                if (unpicklable(self) || cls.builtin && !(self instanceof PyInstance)) {
                    throw Err.typeError("cannot pickle '" + TypeNames.tpName(cls) + "' object");
                }
                args = PyTuple.EMPTY;
            }
        }
        PyObject state = getstate(self);
        PyObject listitems = self instanceof PyList ? Ops.iter(self) : PyNone.INSTANCE;
        PyObject dictitems = self instanceof PyDict ? Ops.iter(Ops.getAttr(self, "items").call0()) : PyNone.INSTANCE;
        PyObject func, newargs;
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            func = copyreg("__newobj__", NEWOBJ);
            PyObject[] a = ((PyTuple) args).items;
            PyObject[] na = new PyObject[a.length + 1];
            na[0] = cls;
            System.arraycopy(a, 0, na, 1, a.length);
            newargs = new PyTuple(na);
        } else {
            func = copyreg("__newobj_ex__", NEWOBJ_EX);
            newargs = new PyTuple(cls, args, kwargs);
        }
        return new PyTuple(func, newargs, state, listitems, dictitems);
    }

    /** copyreg.NAME of the interpreter running on this thread (imported if need be), else the twin. */
    private static PyObject copyreg(String name, PyObject twin) {
        org.herthon.interpreter.runtime.codec.CodecRegistry current = org.herthon.interpreter.runtime.codec.CodecRegistry.current();
        if (current == null) return twin;
        PyObject module = current.interpreter().importModule("copyreg", null, null, 0);
        PyObject f = Ops.getAttrOrNull(module, name);
        return f != null ? f : twin;
    }

    static PyObject getstate(PyObject self) {
        PyObject gs = self.type().lookup("__getstate__");
        if (gs != null && gs != objectGetstate) return Ops.callDunder(gs, self);
        return objectGetstate(self);
    }

    static PyBuiltinFunction objectGetstate;

    /** object.__getstate__(): the instance dict (or None), with the slot values as a second item. */
    static PyObject objectGetstate(PyObject self) {
        PyDict d = self.getDict();
        PyObject state = d == null || d.size() == 0 ? PyNone.INSTANCE : d.copy();
        PyDict slots = SlotsSupport.slotValues(self);
        if (slots != null && slots.size() > 0) return new PyTuple(state, slots);
        return state;
    }
}
