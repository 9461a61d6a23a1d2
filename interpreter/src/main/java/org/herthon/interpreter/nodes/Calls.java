package org.herthon.interpreter.nodes;

import org.herthon.interpreter.runtime.*;

/** Call nodes: positional fast paths, method calls without bound-method objects, and the general form. */
public final class Calls {
    private Calls() {}

    public static final class Call0 extends ExprNode {
        final ExprNode fn;
        public Call0(ExprNode fn) { this.fn = fn; }
        @Override public PyObject eval(Frame f) {
            PyObject c = fn.eval(f);
            try {
                return c.call0();
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
    }
    public static final class Call1 extends ExprNode {
        final ExprNode fn, a;
        public Call1(ExprNode fn, ExprNode a) { this.fn = fn; this.a = a; }
        @Override public PyObject eval(Frame f) {
            PyObject c = fn.eval(f);
            PyObject x = a.eval(f);
            try {
                return c.call1(x);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
    }
    public static final class Call2 extends ExprNode {
        final ExprNode fn, a, b;
        public Call2(ExprNode fn, ExprNode a, ExprNode b) { this.fn = fn; this.a = a; this.b = b; }
        @Override public PyObject eval(Frame f) {
            PyObject c = fn.eval(f);
            PyObject x = a.eval(f);
            PyObject y = b.eval(f);
            try {
                return c.call2(x, y);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
    }
    public static final class Call3 extends ExprNode {
        final ExprNode fn, a, b, d;
        public Call3(ExprNode fn, ExprNode a, ExprNode b, ExprNode d) { this.fn = fn; this.a = a; this.b = b; this.d = d; }
        @Override public PyObject eval(Frame f) {
            PyObject c = fn.eval(f);
            PyObject x = a.eval(f);
            PyObject y = b.eval(f);
            PyObject z = d.eval(f);
            try {
                return c.call3(x, y, z);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
    }
    public static final class CallN extends ExprNode {
        final ExprNode fn;
        final ExprNode[] args;
        final String[] kwnames;  // null or names of the trailing args
        public CallN(ExprNode fn, ExprNode[] args, String[] kwnames) { this.fn = fn; this.args = args; this.kwnames = kwnames; }
        @Override public PyObject eval(Frame f) {
            PyObject c = fn.eval(f);
            PyObject[] a = new PyObject[args.length];
            for (int i = 0; i < a.length; i++) a[i] = args[i].eval(f);
            try {
                return c.call(a, kwnames);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
    }

    /** Calls with *iterable and/or **mapping arguments. */
    public static final class CallStar extends ExprNode {
        final ExprNode fn;
        final ExprNode[] pos;
        final boolean[] posStar;
        final String[] kwNames;      // null entry => **mapping
        final ExprNode[] kwValues;
        public CallStar(ExprNode fn, ExprNode[] pos, boolean[] posStar, String[] kwNames, ExprNode[] kwValues) {
            this.fn = fn; this.pos = pos; this.posStar = posStar; this.kwNames = kwNames; this.kwValues = kwValues;
        }
        @Override public PyObject eval(Frame f) {
            PyObject c = fn.eval(f);
            try {
                return callWith(c, f, pos, posStar, kwNames, kwValues, null);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
    }

    static String fnName(PyObject c) {
        // CPython's _PyObject_FunctionStr: module.qualname() unless the module is builtins
        if (c instanceof PyFunction) return withModule(c, ((PyFunction) c).qualname) + "()";
        if (c instanceof PyBuiltinFunction) return ((PyBuiltinFunction) c).name + "()";
        if (c instanceof PyMethod) return fnName(((PyMethod) c).func);
        if (c instanceof PyType) return ((PyType) c).qualifiedName() + "()";
        return c.type().name + " object";
    }

    private static String withModule(PyObject c, String qualname) {
        PyObject m = Ops.getAttrOrNull(c, "__module__");
        if (m instanceof PyStr && !((PyStr) m).value.equals("builtins")) return ((PyStr) m).value + "." + qualname;
        return qualname;
    }

    static PyObject callWith(PyObject c, Frame f, ExprNode[] pos, boolean[] posStar, String[] kwNames, ExprNode[] kwValues, PyObject self) {
        PyList args = new PyList();
        if (self != null) args.append(self);
        for (int i = 0; i < pos.length; i++) {
            PyObject v = pos[i].eval(f);
            if (posStar != null && posStar[i]) {
                if (!Ops.isIterable(v)) {
                    throw Err.typeError(fnName(c) + " argument after * must be an iterable, not " + v.type().name);
                }
                args.extend(v);
            } else args.append(v);
        }
        if (kwNames == null || kwNames.length == 0) return c.call(args.toArray(), null);
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        java.util.ArrayList<PyObject> vals = new java.util.ArrayList<>();
        for (int i = 0; i < kwNames.length; i++) {
            PyObject v = kwValues[i].eval(f);
            if (kwNames[i] != null) {
                if (names.contains(kwNames[i])) throw Err.typeError(fnName(c) + " got multiple values for keyword argument '" + kwNames[i] + "'");
                names.add(kwNames[i]);
                vals.add(v);
            } else {
                if (v instanceof PyDict) {
                    PyDict d = (PyDict) v;
                    for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                        addKw(c, names, vals, d.keys[e], d.values[e]);
                    }
                } else {
                    if (v.type().lookup("keys") == null) {
                        throw Err.typeError(fnName(c) + " argument after ** must be a mapping, not " + v.type().name);
                    }
                    PyObject keys = Ops.getAttr(v, "keys").call0();
                    PyObject it = Ops.iter(keys);
                    PyObject k;
                    while ((k = Ops.next(it)) != null) addKw(c, names, vals, k, Ops.getItem(v, k));
                }
            }
        }
        PyObject[] all = new PyObject[args.size + vals.size()];
        System.arraycopy(args.items, 0, all, 0, args.size);
        for (int i = 0; i < vals.size(); i++) all[args.size + i] = vals.get(i);
        return c.call(all, names.isEmpty() ? null : names.toArray(new String[0]));
    }

    private static void addKw(PyObject c, java.util.List<String> names, java.util.List<PyObject> vals, PyObject k, PyObject v) {
        if (!(k instanceof PyStr)) throw Err.typeError("keywords must be strings");
        String n = ((PyStr) k).value;
        if (names.contains(n)) throw Err.typeError(fnName(c) + " got multiple values for keyword argument '" + n + "'");
        names.add(n);
        vals.add(v);
    }

    // ---- method calls -----------------------------------------------------------------------
    /** The method's attribute lookup (CPython's LOAD_METHOD), its failure recorded at position pc. */
    static PyObject attr(Frame f, PyObject o, String name, int pc) {
        try {
            return Ops.getAttr(o, name);
        } catch (PyException e) {
            throw e.at(f, pc);
        }
    }

    /** The unbound method descriptor to call with self prepended, or null for the generic path. */
    static PyObject methodDescr(PyObject o, String name) {
        if (!o.plainAttributes()) return null;
        PyType t = o.type();
        PyObject d = t.lookup(name);
        if (d == null || !d.isMethodDescriptor()) return null;
        if (t.builtin) return d;
        if (t.customGetattr()) return null;
        PyDict id = o.getDict();
        if (id != null && id.getStr(name) != null) return null;
        return d;
    }

    /** Per-node inline cache of method lookups: (type, version) -> unbound method or null. */
    static final class MethodCache {
        PyType type;
        int version;
        PyObject descr;
        boolean checkDict;

        PyObject lookup(PyObject o, String name) {
            PyType t = o.type();
            if (t != type || t.version != version) {
                type = t;
                version = t.version;
                PyObject d = null;
                if (o.plainAttributes()) {
                    d = t.lookup(name);
                    if (d != null && (!d.isMethodDescriptor() || (!t.builtin && t.customGetattr()))) d = null;
                }
                descr = d;
                checkDict = !t.builtin;
            }
            PyObject d = descr;
            if (d != null && checkDict) {
                PyDict id = o.getDict();
                if (id != null && id.getStr(name) != null) return null;
            }
            return d;
        }
    }

    public static final class CallMethod0 extends ExprNode {
        final ExprNode obj;
        final String name;
        public CallMethod0(ExprNode obj, String name) { this.obj = obj; this.name = name; }
        private final MethodCache cache = new MethodCache();
        @Override public PyObject eval(Frame f) {
            PyObject o = obj.eval(f);
            PyObject d = cache.lookup(o, name);
            try {
                if (d != null) return d.call1(o);
                PyObject m = attr(f, o, name, pc);
                return m.call0();
            } catch (PyException e) {
                throw e.at(f, pc + 1);
            }
        }
    }
    public static final class CallMethod1 extends ExprNode {
        final ExprNode obj, a;
        final String name;
        public CallMethod1(ExprNode obj, String name, ExprNode a) { this.obj = obj; this.name = name; this.a = a; }
        private final MethodCache cache = new MethodCache();
        @Override public PyObject eval(Frame f) {
            PyObject o = obj.eval(f);
            PyObject d = cache.lookup(o, name);
            if (d != null) {
                PyObject x = a.eval(f);
                try {
                    return d.call2(o, x);
                } catch (PyException e) {
                    throw e.at(f, pc + 1);
                }
            }
            PyObject m = attr(f, o, name, pc);
            PyObject x = a.eval(f);
            try {
                return m.call1(x);
            } catch (PyException e) {
                throw e.at(f, pc + 1);
            }
        }
    }
    public static final class CallMethod2 extends ExprNode {
        final ExprNode obj, a, b;
        final String name;
        public CallMethod2(ExprNode obj, String name, ExprNode a, ExprNode b) { this.obj = obj; this.name = name; this.a = a; this.b = b; }
        private final MethodCache cache = new MethodCache();
        @Override public PyObject eval(Frame f) {
            PyObject o = obj.eval(f);
            PyObject d = cache.lookup(o, name);
            if (d != null) {
                PyObject x = a.eval(f);
                PyObject y = b.eval(f);
                try {
                    return d.call3(o, x, y);
                } catch (PyException e) {
                    throw e.at(f, pc + 1);
                }
            }
            PyObject m = attr(f, o, name, pc);
            PyObject x = a.eval(f);
            PyObject y = b.eval(f);
            try {
                return m.call2(x, y);
            } catch (PyException e) {
                throw e.at(f, pc + 1);
            }
        }
    }
    public static final class CallMethodN extends ExprNode {
        final ExprNode obj;
        final String name;
        final ExprNode[] args;
        final String[] kwnames;
        public CallMethodN(ExprNode obj, String name, ExprNode[] args, String[] kwnames) { this.obj = obj; this.name = name; this.args = args; this.kwnames = kwnames; }
        private final MethodCache cache = new MethodCache();
        @Override public PyObject eval(Frame f) {
            PyObject o = obj.eval(f);
            PyObject d = cache.lookup(o, name);
            if (d != null) {
                PyObject[] a = new PyObject[args.length + 1];
                a[0] = o;
                for (int i = 0; i < args.length; i++) a[i + 1] = args[i].eval(f);
                try {
                    return d.call(a, kwnames);
                } catch (PyException e) {
                    throw e.at(f, pc + 1);
                }
            }
            PyObject m = attr(f, o, name, pc);
            PyObject[] a = new PyObject[args.length];
            for (int i = 0; i < args.length; i++) a[i] = args[i].eval(f);
            try {
                return m.call(a, kwnames);
            } catch (PyException e) {
                throw e.at(f, pc + 1);
            }
        }
    }
}
