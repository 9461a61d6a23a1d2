package org.herthon.interpreter.runtime;

import java.util.ArrayList;
import java.util.List;

/** Creation of classes (type.__new__). */
public final class TypeSupport {
    private TypeSupport() {}

    /** PEP 560: bases that are not classes may stand for others through __mro_entries__ (the same array when none do). */
    public static PyObject[] resolveMroEntries(PyObject[] bases) {
        List<PyObject> out = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject b = bases[i];
            PyObject me = b instanceof PyType ? null : Ops.getAttrOrNull(b, "__mro_entries__");
            if (me == null) {
                if (out != null) out.add(b);
                continue;
            }
            if (out == null) {
                out = new ArrayList<>();
                for (int j = 0; j < i; j++) out.add(bases[j]);
            }
            PyObject r = me.call1(PyTuple.of(bases));
            if (!(r instanceof PyTuple)) throw Err.typeError("__mro_entries__ must return a tuple");
            for (PyObject x : ((PyTuple) r).items) out.add(x);
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }

    public static PyType calculateMeta(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject b : bases) {
            PyType bt = b.type();
            if (winner.isSubtypeOf(bt)) continue;
            if (bt.isSubtypeOf(winner)) { winner = bt; continue; }
            throw Err.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    public static PyType newType(PyType meta, String name, PyObject[] basesIn, PyDict ns, PyDict kw) {
        List<PyType> bases = new ArrayList<>();
        for (PyObject b : basesIn) {
            if (!(b instanceof PyType)) throw Err.typeError("bases must be types");
            PyType bt = (PyType) b;
            if (!bt.baseAllowed) throw Err.typeError("type '" + TypeNames.tpName(bt) + "' is not an acceptable base type");
            if (bases.contains(bt)) throw Err.typeError("duplicate base class " + bt.name);
            bases.add(bt);
        }
        if (bases.isEmpty()) bases.add(PyType.OBJECT);
        // layout check
        PyType solid = null;
        for (PyType b : bases) {
            PyType s = b.solid;
            if (s == PyType.OBJECT) continue;
            if (solid == null || s.isSubtypeOf(solid)) solid = s;
            else if (!solid.isSubtypeOf(s)) throw Err.typeError("multiple bases have instance lay-out conflict");
        }
        PyType t = new PyType(name, false, bases.toArray(new PyType[0]));
        t.metatype = meta;
        PyObject qn = ns.getStr("__qualname__");
        for (int i = ns.nextEntry(0); i >= 0; i = ns.nextEntry(i + 1)) {
            PyObject k = ns.keys[i];
            if (k instanceof PyStr && (((PyStr) k).value.equals("__qualname__") || ((PyStr) k).value.equals("__classcell__"))) continue;
            t.dict.put(k, ns.values[i]);
        }
        if (qn instanceof PyStr) t.qualname = ((PyStr) qn).value;
        if (t.dict.getStr("__module__") == null) t.dict.putStr("__module__", PyStr.of("builtins"));
        PyObject nw = t.dict.getStr("__new__");
        if (nw instanceof PyFunction) t.dict.putStr("__new__", new PyStaticMethod(nw));
        for (String cm : new String[]{"__init_subclass__", "__class_getitem__"}) {
            PyObject f = t.dict.getStr(cm);
            if (f instanceof PyFunction) t.dict.putStr(cm, new PyClassMethod(f));
        }
        SlotsSupport.apply(t, ns, bases);
        if (t.dict.getStr("__eq__") != null && t.dict.getStr("__hash__") == null) t.dict.putStr("__hash__", PyNone.INSTANCE);
        if (t.dict.getStr("__doc__") == null) t.dict.putStr("__doc__", PyNone.INSTANCE);
        t.invalidate();
        // __set_name__
        PyDict d = t.dict;
        List<PyObject[]> items = new ArrayList<>();
        for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) items.add(new PyObject[]{d.keys[i], d.values[i]});
        for (PyObject[] kv : items) {
            PyObject v = kv[1];
            PyObject sn = v.type().lookup("__set_name__");
            if (sn == null) continue;
            try {
                Ops.callDunder(sn, v, t, kv[0]);
            } catch (PyException e) {
                // CPython 3.11 (type_new_set_names): a RuntimeError whose cause is the error
                PyException wrap = Err.make(PyExc.RuntimeError, "Error calling __set_name__ on '" + v.type().name + "' instance "
                        + Ops.repr(kv[0]) + " in '" + t.name + "'");
                wrap.exc.cause = e.exc;
                wrap.exc.context = e.exc;
                wrap.exc.suppressContext = true;
                throw wrap;
            }
        }
        // __init_subclass__ of the parent
        PyObject parentInit = new PySuper(t, t).pyGetAttr("__init_subclass__");
        if (parentInit != null) org.herthon.interpreter.Interpreter.callWithKw(parentInit, PyObject.EMPTY, kw);
        return t;
    }
}
