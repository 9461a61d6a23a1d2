package org.herthon.interpreter.runtime;

import java.util.ArrayList;
import java.util.List;

/** types.UnionType: the value of {@code int | str} (CPython's Objects/unionobject.c). */
public final class PyUnionType extends PyObject {
    public static final PyType TYPE = PyType.builtin("UnionType", PyType.OBJECT);
    static {
        TYPE.dict.putStr("__module__", PyStr.of("types"));
        TYPE.baseAllowed = false;
        Slots.slots(TYPE, "__repr__", "__hash__", "compare");
        Slots.def2(TYPE, "__or__", PyUnionType::or);
        Slots.def2(TYPE, "__ror__", (self, o) -> or(o, self));
        Slots.def2(TYPE, "__instancecheck__", (self, o) -> PyBool.of(Ops.isInstance(o, self)));
        Slots.def2(TYPE, "__subclasscheck__", (self, o) -> PyBool.of(Ops.isSubclass(o, self)));
        PyGetSet.add(TYPE, "__args__", self -> new PyTuple(((PyUnionType) self).args.clone()));
        PyGetSet.add(TYPE, "__parameters__", self -> ((PyUnionType) self).parameters());
    }

    public final PyObject[] args;
    private PyUnionType(PyObject[] args) { this.args = args; }

    @Override public PyType type() { return TYPE; }

    /** Whether o may take part in a | b between types. */
    static boolean unionable(PyObject o) {
        return o == PyNone.INSTANCE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType;
    }

    /** a | b for types: a UnionType, or NotImplemented. */
    public static PyObject or(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) return PyNotImplemented.INSTANCE;
        List<PyObject> out = new ArrayList<>();
        add(out, a);
        add(out, b);
        if (out.size() == 1) return out.get(0);
        return new PyUnionType(out.toArray(new PyObject[0]));
    }

    private static void add(List<PyObject> out, PyObject o) {
        if (o instanceof PyUnionType) {
            for (PyObject x : ((PyUnionType) o).args) add(out, x);
            return;
        }
        if (o == PyNone.INSTANCE) o = PyType.NONE;
        for (PyObject x : out) {
            if (x == o) return;
            if (x instanceof PyGenericAlias && o instanceof PyGenericAlias && Ops.eqBool(x, o)) return;
        }
        out.add(o);
    }

    PyObject parameters() {
        List<PyObject> ps = new ArrayList<>();
        for (PyObject a : args) {
            PyObject p = a instanceof PyType ? null : Ops.getAttrOrNull(a, "__parameters__");
            if (p instanceof PyTuple) for (PyObject x : ((PyTuple) p).items) if (!ps.contains(x)) ps.add(x);
        }
        return PyTuple.of(ps);
    }

    static String argRepr(PyObject a) {
        if (a == PyType.NONE) return "None";
        if (a instanceof PyType) return ((PyType) a).qualifiedName();
        return Ops.repr(a);
    }

    @Override public String pyRepr() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) sb.append(" | ");
            sb.append(argRepr(args[i]));
        }
        return sb.toString();
    }

    @Override public long pyHash() {
        return PySet.from(new PyTuple(args), true).pyHash();
    }

    @Override public PyObject pyRichCompare(PyObject other, int op) {
        if (!(other instanceof PyUnionType) || (op != Ops.EQ && op != Ops.NE)) return PyNotImplemented.INSTANCE;
        PyObject a = PySet.from(new PyTuple(args), true);
        PyObject b = PySet.from(new PyTuple(((PyUnionType) other).args), true);
        return Ops.richCompare(a, b, op);
    }

    @Override public PyObject pyGetAttr(String name) {
        if (name.equals("__origin__")) return null;
        return super.pyGetAttr(name);
    }
}
