package org.herthon.interpreter.runtime;

/**
 * types.SimpleNamespace (the type of sys.implementation): keyword arguments become attributes;
 * repr "namespace(a=1, b=2)" (the class name for subclasses), equality by attributes, pickling by
 * __reduce__. Instances are ordinary objects with a __dict__; Herthon classes may subclass it.
 */
public final class SimpleNamespace {
    private SimpleNamespace() {}

    public static final PyType TYPE = new PyType("SimpleNamespace", false, new PyType[]{PyType.OBJECT});
    private static final ThreadLocal<java.util.IdentityHashMap<PyObject, Boolean>> REPRS = ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    static {
        TYPE.dict.putStr("__module__", PyStr.of("types"));
        TYPE.dict.putStr("__doc__", PyStr.of("A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)"));
        TYPE.factory = PyInstance::new;
        TYPE.solid = TYPE;
        TYPE.dict.putStr("__init__", PyBuiltinFunction.method("SimpleNamespace", "__init__", (a, k) -> {
            int nkw = k == null ? 0 : k.length;
            if (a.length - nkw > 1) throw Err.typeError("no positional arguments expected");
            PyDict d = a[0].getDict();
            for (int i = 0; i < nkw; i++) d.putStr(k[i], a[a.length - nkw + i]);
            return PyNone.INSTANCE;
        }));
        TYPE.dict.putStr("__repr__", PyBuiltinFunction.method1("SimpleNamespace", "__repr__", self -> {
            String name = self.type() == TYPE ? "namespace" : self.type().name;
            java.util.IdentityHashMap<PyObject, Boolean> seen = REPRS.get();
            if (seen.containsKey(self)) return PyStr.of(name + "(...)");
            seen.put(self, Boolean.TRUE);
            try {
                StringBuilder sb = new StringBuilder(name).append('(');
                PyDict d = self.getDict();
                boolean first = true;
                for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                    if (!(d.keys[i] instanceof PyStr)) continue;
                    if (!first) sb.append(", ");
                    first = false;
                    sb.append(((PyStr) d.keys[i]).value).append('=').append(Ops.repr(d.values[i]));
                }
                return PyStr.of(sb.append(')').toString());
            } finally {
                seen.remove(self);
            }
        }));
        TYPE.dict.putStr("__eq__", PyBuiltinFunction.method("SimpleNamespace", "__eq__", (a, k) -> {
            if (!a[1].type().isSubtypeOf(TYPE)) return PyNotImplemented.INSTANCE;
            return Ops.richCompare(a[0].getDict(), a[1].getDict(), Ops.EQ);
        }));
        TYPE.dict.putStr("__ne__", PyBuiltinFunction.method("SimpleNamespace", "__ne__", (a, k) -> {
            if (!a[1].type().isSubtypeOf(TYPE)) return PyNotImplemented.INSTANCE;
            return Ops.richCompare(a[0].getDict(), a[1].getDict(), Ops.NE);
        }));
        TYPE.dict.putStr("__hash__", PyNone.INSTANCE);
        TYPE.dict.putStr("__reduce__", PyBuiltinFunction.method1("SimpleNamespace", "__reduce__",
                self -> new PyTuple(self.type(), PyTuple.EMPTY, self.getDict())));
    }

    /** A namespace with these attributes (sys.implementation). */
    public static PyObject of(String[] names, PyObject[] values) {
        PyInstance o = new PyInstance(TYPE);
        for (int i = 0; i < names.length; i++) o.dict.putStr(names[i], values[i]);
        return o;
    }
}
