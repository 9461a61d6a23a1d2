package org.herthon.interpreter.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** types.GenericAlias: {@code list[int]} (CPython's Objects/genericaliasobject.c). */
public final class PyGenericAlias extends PyObject {
    final PyObject origin;
    final PyTuple args;
    private PyTuple parameters;

    public PyGenericAlias(PyObject origin, PyObject args) {
        this.origin = origin;
        this.args = args instanceof PyTuple ? (PyTuple) args : new PyTuple(args);
    }

    @Override public PyType type() { return PyType.GENERIC_ALIAS; }

    static String argRepr(PyObject a) {
        if (a == PyEllipsis.INSTANCE) return "...";
        if (a instanceof PyType) return ((PyType) a).qualifiedName();
        if (a instanceof PyList) {
            StringBuilder sb = new StringBuilder("[");
            PyList l = (PyList) a;
            for (int i = 0; i < l.size; i++) { if (i > 0) sb.append(", "); sb.append(argRepr(l.items[i])); }
            return sb.append(']').toString();
        }
        PyObject q = a instanceof PyGenericAlias ? null : Ops.getAttrOrNull(a, "__origin__");
        if (q != null && Ops.getAttrOrNull(a, "__args__") != null) return Ops.repr(a);
        if (!(a instanceof PyGenericAlias) && Ops.getAttrOrNull(a, "__qualname__") instanceof PyStr && Ops.getAttrOrNull(a, "__module__") instanceof PyStr) {
            String mod = Ops.str(Ops.getAttr(a, "__module__"));
            String qn = Ops.str(Ops.getAttr(a, "__qualname__"));
            return mod.equals("builtins") ? qn : mod + "." + qn;
        }
        return Ops.repr(a);
    }

    @Override public String pyRepr() {
        StringBuilder sb = new StringBuilder(argRepr(origin)).append('[');
        PyObject[] a = args.items;
        if (a.length == 0) sb.append("()");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(argRepr(a[i]));
        }
        return sb.append(']').toString();
    }

    @Override public PyObject call(PyObject[] a, String[] kw) {
        PyObject r = origin.call(a, kw);
        try {
            Ops.setAttr(r, "__orig_class__", this);
        } catch (PyException e) {
            if (!e.matches(PyExc.AttributeError) && !e.matches(PyExc.TypeError)) throw e;
        }
        return r;
    }

    PyTuple parameters() {
        if (parameters == null) parameters = makeParameters(args.items);
        return parameters;
    }

    static PyTuple makeParameters(PyObject[] args) {
        List<PyObject> ps = new ArrayList<>();
        for (PyObject a : args) {
            if (a instanceof PyType) continue;
            if (Ops.getAttrOrNull(a, "__typing_subst__") != null) {
                if (!ps.contains(a)) ps.add(a);
                continue;
            }
            PyObject sub = Ops.getAttrOrNull(a, "__parameters__");
            if (sub instanceof PyTuple) for (PyObject x : ((PyTuple) sub).items) if (!ps.contains(x)) ps.add(x);
        }
        return PyTuple.of(ps);
    }

    @Override public PyObject pyGetItem(PyObject key) {
        PyObject[] params = parameters().items;
        if (params.length == 0) throw Err.typeError("There are no type variables left in " + pyRepr());
        PyObject[] items = key instanceof PyTuple ? ((PyTuple) key).items : new PyObject[]{key};
        if (items.length != params.length) {
            throw Err.typeError("Too " + (items.length > params.length ? "many" : "few") + " arguments for " + pyRepr()
                    + "; actual " + items.length + ", expected " + params.length);
        }
        PyObject[] out = new PyObject[args.items.length];
        for (int i = 0; i < out.length; i++) out[i] = subst(args.items[i], params, items);
        return new PyGenericAlias(origin, new PyTuple(out));
    }

    private static PyObject subst(PyObject a, PyObject[] params, PyObject[] items) {
        if (a instanceof PyType) return a;
        for (int j = 0; j < params.length; j++) if (params[j] == a) return items[j];
        PyObject sub = Ops.getAttrOrNull(a, "__parameters__");
        if (sub instanceof PyTuple && ((PyTuple) sub).items.length > 0) {
            PyObject[] ps = ((PyTuple) sub).items;
            PyObject[] vals = new PyObject[ps.length];
            for (int k = 0; k < ps.length; k++) vals[k] = subst(ps[k], params, items);
            return Ops.getItem(a, vals.length == 1 ? vals[0] : new PyTuple(vals));
        }
        return a;
    }

    @Override public long pyHash() { return Ops.hash(origin) ^ Ops.hash(args); }

    @Override public PyObject pyRichCompare(PyObject other, int op) {
        if (!(other instanceof PyGenericAlias) || (op != Ops.EQ && op != Ops.NE)) return PyNotImplemented.INSTANCE;
        PyGenericAlias o = (PyGenericAlias) other;
        boolean eq = Ops.eqBool(origin, o.origin) && Ops.eqBool(args, o.args);
        return PyBool.of(op == Ops.EQ ? eq : !eq);
    }

    private static final Set<String> OWN = Set.of("__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
            "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__");

    @Override public PyObject pyGetAttr(String name) {
        switch (name) {
            case "__origin__": return origin;
            case "__args__": return args;
            case "__parameters__": return parameters();
            case "__unpacked__": return PyBool.FALSE;
            case "__typing_unpacked_tuple_args__": return PyNone.INSTANCE;
            case "__mro_entries__": return PyBuiltinFunction.of1("__mro_entries__", b -> new PyTuple(origin));
            case "__reduce__": return PyBuiltinFunction.of0("__reduce__", () -> new PyTuple(PyType.GENERIC_ALIAS, new PyTuple(origin, args)));
            default: break;
        }
        if (!OWN.contains(name)) {
            PyObject v = Ops.getAttrOrNull(origin, name);
            if (v != null) return v;
        }
        return super.pyGetAttr(name);
    }

    /** The builtin types CPython gives a __class_getitem__. */
    static boolean genericBuiltin(PyType t) {
        return t == PyType.LIST || t == PyType.DICT || t == PyType.TUPLE || t == PyType.SET || t == PyType.FROZENSET
                || t == PyType.TYPE || t == PyType.ENUMERATE || t == PyType.MAPPINGPROXY || t == PyType.DICT_KEYS
                || t == PyType.DICT_VALUES || t == PyType.DICT_ITEMS;
    }
}
