package org.herthon.interpreter.modules.sre;

import org.herthon.interpreter.runtime.*;

/** The result of a successful match (re.Match, CPython's MatchObject). */
final class PyMatch extends PyObject {
    static final PyType TYPE = SreTypes.type("Match", "re");

    final PyPattern pattern;
    final PyObject string;
    /** start and end of group i at 2i and 2i+1; -1 when the group did not take part. */
    final int[] marks;
    final int pos, endpos, lastindex;
    final boolean isBytes;
    private PyObject regs;

    PyMatch(PyPattern pattern, PyObject string, int[] marks, int pos, int endpos, int lastindex, boolean isBytes) {
        this.pattern = pattern;
        this.string = string;
        this.marks = marks;
        this.pos = pos;
        this.endpos = endpos;
        this.lastindex = lastindex;
        this.isBytes = isBytes;
    }

    @Override public PyType type() { return TYPE; }

    int groupCount() { return marks.length / 2; }

    PyObject sliceByIndex(int index, PyObject def) {
        int i = marks[2 * index], j = marks[2 * index + 1];
        if (i < 0) return def;
        return PyPattern.slice(isBytes, string, i, j);
    }

    /** match_getindex: a group number or name to its index; IndexError("no such group") when there is none. */
    int index(PyObject key) {
        long i = -1;
        if (Ops.hasIndex(key)) {
            PyObject v = Ops.indexObj(key);
            i = v instanceof PyInt ? ((PyInt) v).value : (((PyBigInt) v).value.signum() < 0 ? -1 : Long.MAX_VALUE);
        } else if (pattern.groupindex != null) {
            PyObject v = pattern.groupindex.get(key);
            if (v instanceof PyInt) i = ((PyInt) v).value;
        }
        if (i < 0 || i >= groupCount()) throw Err.indexError("no such group");
        return (int) i;
    }

    PyObject group(PyObject key, PyObject def) { return sliceByIndex(index(key), def); }

    @Override public PyObject pyGetItem(PyObject key) { return group(key, PyNone.INSTANCE); }

    @Override public String pyRepr() {
        PyObject g0 = sliceByIndex(0, PyNone.INSTANCE);
        return "<" + TYPE.qualifiedName() + " object; span=(" + marks[0] + ", " + marks[1] + "), match="
                + SreModule.truncate(Ops.repr(g0), 50) + ">";
    }

    private static PyTuple pair(int a, int b) { return new PyTuple(PyInt.of(a), PyInt.of(b)); }

    static void fill(PyType t) {
        SreTypes.varargs(t, "group", (a, k) -> {
            Args.noKw("group", k);
            PyMatch m = (PyMatch) a[0];
            switch (a.length) {
                case 1: return m.sliceByIndex(0, PyNone.INSTANCE);
                case 2: return m.group(a[1], PyNone.INSTANCE);
                default: {
                    PyObject[] r = new PyObject[a.length - 1];
                    for (int i = 1; i < a.length; i++) r[i - 1] = m.group(a[i], PyNone.INSTANCE);
                    return new PyTuple(r);
                }
            }
        });
        SreTypes.method(t, "groups", (self, p) -> {
            PyMatch m = (PyMatch) self;
            PyObject def = p[0] == null ? PyNone.INSTANCE : p[0];
            PyObject[] r = new PyObject[m.groupCount() - 1];
            for (int i = 1; i < m.groupCount(); i++) r[i - 1] = m.sliceByIndex(i, def);
            return PyTuple.of(r);
        }, new String[]{"default"}, 0);
        SreTypes.method(t, "groupdict", (self, p) -> {
            PyMatch m = (PyMatch) self;
            PyObject def = p[0] == null ? PyNone.INSTANCE : p[0];
            PyDict r = new PyDict();
            PyDict gi = m.pattern.groupindex;
            if (gi == null) return r;
            for (int i = gi.nextEntry(0); i >= 0; i = gi.nextEntry(i + 1)) {
                PyObject key = gi.keys[i];
                r.put(key, m.group(key, def));
            }
            return r;
        }, new String[]{"default"}, 0);
        SreTypes.varargs(t, "start", (a, k) -> {
            PyMatch m = positional(a, k, "start");
            return PyInt.of(m.marks[2 * (a.length > 1 ? m.index(a[1]) : 0)]);
        });
        SreTypes.varargs(t, "end", (a, k) -> {
            PyMatch m = positional(a, k, "end");
            return PyInt.of(m.marks[2 * (a.length > 1 ? m.index(a[1]) : 0) + 1]);
        });
        SreTypes.varargs(t, "span", (a, k) -> {
            PyMatch m = positional(a, k, "span");
            int i = a.length > 1 ? m.index(a[1]) : 0;
            return pair(m.marks[2 * i], m.marks[2 * i + 1]);
        });
        SreTypes.method(t, "expand", (self, p) -> {
            PyMatch m = (PyMatch) self;
            return m.pattern.module.callRe("_expand", m.pattern, m, p[0]);
        }, new String[]{"template"}, 1);
        SreTypes.method(t, "__copy__", (self, p) -> self, new String[0], 0);
        t.dict.putStr("__deepcopy__", PyBuiltinFunction.method2(t.name, "__deepcopy__", (self, memo) -> self));
        t.dict.putStr("__getitem__", PyBuiltinFunction.method2(t.name, "__getitem__", PyObject::pyGetItem));
        SreTypes.standard(t);
        SreTypes.classGetitem(t);
        PyGetSet.add(t, "string", self -> ((PyMatch) self).string);
        PyGetSet.add(t, "re", self -> ((PyMatch) self).pattern);
        PyGetSet.add(t, "pos", self -> PyInt.of(((PyMatch) self).pos));
        PyGetSet.add(t, "endpos", self -> PyInt.of(((PyMatch) self).endpos));
        PyGetSet.add(t, "lastindex", self -> {
            PyMatch m = (PyMatch) self;
            return m.lastindex >= 0 ? PyInt.of(m.lastindex) : PyNone.INSTANCE;
        });
        PyGetSet.add(t, "lastgroup", self -> {
            PyMatch m = (PyMatch) self;
            PyTuple ig = m.pattern.indexgroup;
            if (ig != null && m.lastindex >= 0 && m.lastindex < ig.items.length) return ig.items[m.lastindex];
            return PyNone.INSTANCE;
        });
        PyGetSet.add(t, "regs", self -> {
            PyMatch m = (PyMatch) self;
            if (m.regs == null) {
                PyObject[] r = new PyObject[m.groupCount()];
                for (int i = 0; i < r.length; i++) r[i] = pair(m.marks[2 * i], m.marks[2 * i + 1]);
                m.regs = new PyTuple(r);
            }
            return m.regs;
        });
        t.dict.putStr("__doc__", PyStr.of("The result of re.match() and re.search().\nMatch objects always have a boolean value of True."));
    }

    private static PyMatch positional(PyObject[] a, String[] k, String name) {
        Args.noKw(name, k);
        if (a.length > 2) throw Err.typeError(name + " expected at most 1 argument, got " + (a.length - 1));
        return (PyMatch) a[0];
    }
}
