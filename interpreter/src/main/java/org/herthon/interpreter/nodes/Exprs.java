package org.herthon.interpreter.nodes;

import org.herthon.interpreter.runtime.*;

/** Expression nodes for constants, variables, operators and displays. */
public final class Exprs {
    private Exprs() {}

    public static final class Const extends ExprNode {
        public final PyObject value;
        public Const(PyObject v) { value = v; }
        @Override public PyObject eval(Frame f) { return value; }
    }

    // ---- variables ---------------------------------------------------------------------------
    public static final class LoadFast extends ExprNode {
        final int idx;
        final String name;
        public LoadFast(int idx, String name) { this.idx = idx; this.name = name; }
        @Override public PyObject eval(Frame f) {
            PyObject v = f.fast[idx];
            if (v == null) throw Err.unboundLocal(name).at(f, pc);
            return v;
        }
    }

    public static final class LoadDeref extends ExprNode {
        final int idx;
        final String name;
        final boolean isFree;
        public LoadDeref(int idx, String name, boolean isFree) { this.idx = idx; this.name = name; this.isFree = isFree; }
        @Override public PyObject eval(Frame f) {
            PyObject v = ((PyCell) f.fast[idx]).value;
            if (v == null) throw (isFree ? Err.unboundFree(name) : Err.unboundLocal(name)).at(f, pc);
            return v;
        }
    }

    /** Class-body access to a free variable: the class namespace first, then the cell. */
    public static final class LoadClassDeref extends ExprNode {
        final int idx;
        final String name;
        public LoadClassDeref(int idx, String name) { this.idx = idx; this.name = name; }
        @Override public PyObject eval(Frame f) {
            PyObject loc = f.locals;
            PyObject v;
            if (PyDict.isExact(loc)) v = ((PyDict) loc).getStr(name);
            else {
                try {
                    v = Ops.getItem(loc, PyStr.of(name));
                } catch (PyException e) {
                    if (!e.matches(PyExc.KeyError)) throw e;
                    v = null;
                }
            }
            if (v != null) return v;
            v = ((PyCell) f.fast[idx]).value;
            if (v == null) throw Err.unboundFree(name).at(f, pc);
            return v;
        }
    }

    public static final class LoadGlobal extends ExprNode {
        final String name;
        private PyDict cg, cb;
        private int gver = -1, gidx, bver = -1, bidx;
        public LoadGlobal(String name) { this.name = name; }
        @Override public PyObject eval(Frame f) {
            PyDict g = f.globals;
            if (g == cg && g.keysVersion == gver) {
                if (gidx >= 0) return g.values[gidx];
                PyDict b = f.builtins;
                if (b == cb && b.keysVersion == bver) return b.values[bidx];
            }
            return slow(f);
        }
        private PyObject slow(Frame f) {
            PyDict g = f.globals;
            int gi = g.entryIndexStr(name);
            cg = g;
            gver = g.keysVersion;
            gidx = gi;
            if (gi >= 0) return g.values[gi];
            PyDict b = f.builtins;
            int bi = b.entryIndexStr(name);
            if (bi < 0) { gver = -1; throw Err.nameError(name).at(f, pc); }
            cb = b;
            bver = b.keysVersion;
            bidx = bi;
            return b.values[bi];
        }
    }

    /** Module and class bodies: locals mapping, then globals, then builtins. */
    public static final class LoadName extends ExprNode {
        final String name;
        final LoadGlobal global;
        public LoadName(String name) { this.name = name; this.global = new LoadGlobal(name); }
        @Override public PyObject eval(Frame f) {
            PyObject loc = f.locals;
            if (loc != f.globals) {
                PyObject v;
                if (PyDict.isExact(loc)) v = ((PyDict) loc).getStr(name);
                else {
                    try {
                        v = Ops.getItem(loc, PyStr.of(name));
                    } catch (PyException e) {
                        if (!e.matches(PyExc.KeyError)) throw e;
                        v = null;
                    }
                }
                if (v != null) return v;
            }
            try {
                return global.eval(f);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
    }

    // ---- operators ---------------------------------------------------------------------------
    public static final class Add extends ExprNode {
        final ExprNode l, r;
        public Add(ExprNode l, ExprNode r) { this.l = l; this.r = r; }
        @Override public PyObject eval(Frame f) {
            PyObject a = l.eval(f), b = r.eval(f);
            if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
                long x = ((PyInt) a).value, y = ((PyInt) b).value, s = x + y;
                if (((x ^ s) & (y ^ s)) >= 0) return PyInt.of(s);
            }
            try {
                return Ops.add(a, b);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
    }

    public static final class Sub extends ExprNode {
        final ExprNode l, r;
        public Sub(ExprNode l, ExprNode r) { this.l = l; this.r = r; }
        @Override public PyObject eval(Frame f) {
            PyObject a = l.eval(f), b = r.eval(f);
            if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
                long x = ((PyInt) a).value, y = ((PyInt) b).value, s = x - y;
                if (((x ^ y) & (x ^ s)) >= 0) return PyInt.of(s);
            }
            try {
                return Ops.sub(a, b);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
    }

    /** a - constant small int */
    public static final class SubConst extends ExprNode {
        final ExprNode l;
        final long c;
        final PyObject cobj;
        public SubConst(ExprNode l, PyInt c) { this.l = l; this.c = c.value; this.cobj = c; }
        @Override public PyObject eval(Frame f) {
            PyObject a = l.eval(f);
            if (a.getClass() == PyInt.class) {
                long x = ((PyInt) a).value, s = x - c;
                if (((x ^ c) & (x ^ s)) >= 0) return PyInt.of(s);
            }
            try {
                return Ops.sub(a, cobj);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
    }

    public static final class AddConst extends ExprNode {
        final ExprNode l;
        final long c;
        final PyObject cobj;
        public AddConst(ExprNode l, PyInt c) { this.l = l; this.c = c.value; this.cobj = c; }
        @Override public PyObject eval(Frame f) {
            PyObject a = l.eval(f);
            if (a.getClass() == PyInt.class) {
                long x = ((PyInt) a).value, s = x + c;
                if (((x ^ s) & (c ^ s)) >= 0) return PyInt.of(s);
            }
            try {
                return Ops.add(a, cobj);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
    }

    public static final class Mul extends ExprNode {
        final ExprNode l, r;
        public Mul(ExprNode l, ExprNode r) { this.l = l; this.r = r; }
        @Override public PyObject eval(Frame f) {
            PyObject a = l.eval(f), b = r.eval(f);
            try {
                return Ops.mul(a, b);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
    }

    public static final class Binary extends ExprNode {
        final ExprNode l, r;
        final int op;
        public Binary(ExprNode l, ExprNode r, int op) { this.l = l; this.r = r; this.op = op; }
        @Override public PyObject eval(Frame f) {
            PyObject a = l.eval(f), b = r.eval(f);
            if (op == Arith.MOD && a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
                long y = ((PyInt) b).value;
                if (y > 0) return PyInt.of(Math.floorMod(((PyInt) a).value, y));
            }
            try {
                return Ops.binary(a, b, op);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
    }

    public static final class Neg extends ExprNode {
        final ExprNode e;
        public Neg(ExprNode e) { this.e = e; }
        @Override public PyObject eval(Frame f) {
            PyObject v = e.eval(f);
            try {
                return Ops.neg(v);
            } catch (PyException x) {
                throw x.at(f, pc);
            }
        }
    }
    public static final class Pos extends ExprNode {
        final ExprNode e;
        public Pos(ExprNode e) { this.e = e; }
        @Override public PyObject eval(Frame f) {
            PyObject v = e.eval(f);
            try {
                return Ops.pos(v);
            } catch (PyException x) {
                throw x.at(f, pc);
            }
        }
    }
    public static final class Invert extends ExprNode {
        final ExprNode e;
        public Invert(ExprNode e) { this.e = e; }
        @Override public PyObject eval(Frame f) {
            PyObject v = e.eval(f);
            try {
                return Ops.invert(v);
            } catch (PyException x) {
                throw x.at(f, pc);
            }
        }
    }
    public static final class Not extends ExprNode {
        final ExprNode e;
        public Not(ExprNode e) { this.e = e; }
        @Override public PyObject eval(Frame f) {
            PyObject v = e.eval(f);
            try {
                return Ops.isTrue(v) ? PyBool.FALSE : PyBool.TRUE;
            } catch (PyException x) {
                throw x.at(f, pc);
            }
        }
    }

    public static final class And extends ExprNode {
        final ExprNode[] vals;
        public And(ExprNode[] v) { vals = v; }
        @Override public PyObject eval(Frame f) {
            PyObject v = null;
            for (ExprNode e : vals) {
                v = e.eval(f);
                if (!Ops.isTrue(v)) return v;
            }
            return v;
        }
    }
    public static final class Or extends ExprNode {
        final ExprNode[] vals;
        public Or(ExprNode[] v) { vals = v; }
        @Override public PyObject eval(Frame f) {
            PyObject v = null;
            for (ExprNode e : vals) {
                v = e.eval(f);
                if (Ops.isTrue(v)) return v;
            }
            return v;
        }
    }

    public static final class IfExp extends ExprNode {
        final ExprNode test, body, orelse;
        public IfExp(ExprNode t, ExprNode b, ExprNode o) { test = t; body = b; orelse = o; }
        @Override public PyObject eval(Frame f) { return Ops.isTrue(test.eval(f)) ? body.eval(f) : orelse.eval(f); }
    }

    // ---- comparisons --------------------------------------------------------------------------
    public static final int IS = 6, IS_NOT = 7, IN = 8, NOT_IN = 9;

    public static PyObject compare(PyObject a, PyObject b, int op) {
        switch (op) {
            case IS: return PyBool.of(a == b);
            case IS_NOT: return PyBool.of(a != b);
            case IN: return PyBool.of(Ops.contains(b, a));
            case NOT_IN: return PyBool.of(!Ops.contains(b, a));
            default: return Ops.richCompare(a, b, op);
        }
    }

    public static final class Compare extends ExprNode {
        final ExprNode l, r;
        final int op;
        public Compare(ExprNode l, ExprNode r, int op) { this.l = l; this.r = r; this.op = op; }
        @Override public PyObject eval(Frame f) {
            PyObject a = l.eval(f), b = r.eval(f);
            if (a.getClass() == PyInt.class && b.getClass() == PyInt.class && op <= Ops.GE) {
                return PyBool.of(Ops.cmpResult(Long.compare(((PyInt) a).value, ((PyInt) b).value), op));
            }
            try {
                return compare(a, b, op);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
    }

    public static final class LtConst extends ExprNode {
        final ExprNode l;
        final long c;
        final PyObject cobj;
        public LtConst(ExprNode l, PyInt c) { this.l = l; this.c = c.value; this.cobj = c; }
        @Override public PyObject eval(Frame f) {
            PyObject a = l.eval(f);
            if (a.getClass() == PyInt.class) return ((PyInt) a).value < c ? PyBool.TRUE : PyBool.FALSE;
            try {
                return Ops.richCompare(a, cobj, Ops.LT);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
    }

    public static final class ChainCompare extends ExprNode {
        final ExprNode[] operands;
        final int[] ops;
        public ChainCompare(ExprNode[] operands, int[] ops) { this.operands = operands; this.ops = ops; }
        @Override public PyObject eval(Frame f) {
            PyObject a = operands[0].eval(f);
            PyObject r = null;
            for (int i = 0; i < ops.length; i++) {
                PyObject b = operands[i + 1].eval(f);
                try {
                    r = compare(a, b, ops[i]);
                    if (i < ops.length - 1 && !Ops.isTrue(r)) return r;
                } catch (PyException e) {
                    throw e.at(f, pc);
                }
                a = b;
            }
            return r;
        }
    }

    // ---- attribute / subscript -----------------------------------------------------------------
    public static final class GetAttr extends ExprNode {
        final ExprNode obj;
        final String name;
        // inline cache for instances of Herthon classes: (type, version) -> what the type holds for name
        private PyType cType;
        private int cVersion;
        private PyObject cDescr;      // null: nothing on the type
        private boolean cPlain;       // no custom __getattribute__/__getattr__, and cDescr is no data descriptor
        private boolean cData;        // no custom __getattribute__/__getattr__, and cDescr is a data descriptor (a __slots__ member, a property)
        public GetAttr(ExprNode o, String n) { obj = o; name = n; }
        @Override public PyObject eval(Frame f) {
            PyObject o = obj.eval(f);
            if (o instanceof PyInstance) {
                PyInstance inst = (PyInstance) o;
                PyType t = inst.type();
                if (t != cType || t.version != cVersion) refresh(t);
                if (cData) {
                    // object.__getattribute__: a data descriptor on the type comes before the instance
                    try {
                        return cDescr.descrGet(inst, t);
                    } catch (PyException e) {
                        throw e.at(f, pc);
                    }
                }
                if (cPlain) {
                    PyDict dd = inst.dict;
                    PyObject v = dd == null ? null : dd.getStr(name);
                    if (v != null) return v;
                    PyObject d = cDescr;
                    if (d != null) {
                        if (!d.isDescriptor()) return d;
                        try {
                            return d.descrGet(inst, t);
                        } catch (PyException e) {
                            throw e.at(f, pc);
                        }
                    }
                }
            } else if (o instanceof PyModule) {
                PyObject v = ((PyModule) o).dict.getStr(name);
                if (v != null) return v;
            }
            try {
                return Ops.getAttr(o, name);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
        private void refresh(PyType t) {
            PyObject d = t.lookup(name);
            cDescr = d;
            boolean generic = !t.customGetattr();
            cPlain = generic && (d == null || !d.isDataDescriptor());
            cData = generic && d != null && d.isDataDescriptor();
            cType = t;
            cVersion = t.version;
        }
    }

    public static final class GetItem extends ExprNode {
        final ExprNode obj, key;
        public GetItem(ExprNode o, ExprNode k) { obj = o; key = k; }
        @Override public PyObject eval(Frame f) {
            PyObject o = obj.eval(f), k = key.eval(f);
            if (o instanceof PyList && k.getClass() == PyInt.class) {
                PyList l = (PyList) o;
                long i = ((PyInt) k).value;
                if (i >= 0 && i < l.size) return l.items[(int) i];
            }
            try {
                return Ops.getItem(o, k);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
    }

    public static final class MakeSlice extends ExprNode {
        final ExprNode lo, hi, st;
        public MakeSlice(ExprNode lo, ExprNode hi, ExprNode st) { this.lo = lo; this.hi = hi; this.st = st; }
        @Override public PyObject eval(Frame f) {
            PyObject a = lo == null ? PyNone.INSTANCE : lo.eval(f);
            PyObject b = hi == null ? PyNone.INSTANCE : hi.eval(f);
            PyObject c = st == null ? PyNone.INSTANCE : st.eval(f);
            return new PySlice(a, b, c);
        }
    }

    // ---- displays ------------------------------------------------------------------------------
    /** Elements of a display; starred ones are unpacked. */
    static PyObject[] evalElements(Frame f, ExprNode[] elts, boolean[] starred) {
        if (starred == null) {
            PyObject[] out = new PyObject[elts.length];
            for (int i = 0; i < elts.length; i++) out[i] = elts[i].eval(f);
            return out;
        }
        PyList acc = new PyList();
        for (int i = 0; i < elts.length; i++) {
            PyObject v = elts[i].eval(f);
            if (starred[i]) {
                if (!Ops.isIterable(v)) throw Err.typeError("Value after * must be an iterable, not " + v.type().name);
                acc.extend(v);
            } else acc.append(v);
        }
        return acc.toArray();
    }

    public static final class TupleDisplay extends ExprNode {
        final ExprNode[] elts;
        final boolean[] starred;
        public TupleDisplay(ExprNode[] e, boolean[] s) { elts = e; starred = s; }
        @Override public PyObject eval(Frame f) {
            try {
                return run(f);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
        private PyObject run(Frame f) { return PyTuple.of(evalElements(f, elts, starred)); }
    }
    public static final class ListDisplay extends ExprNode {
        final ExprNode[] elts;
        final boolean[] starred;
        public ListDisplay(ExprNode[] e, boolean[] s) { elts = e; starred = s; }
        @Override public PyObject eval(Frame f) {
            try {
                return run(f);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
        private PyObject run(Frame f) {
            PyObject[] a = evalElements(f, elts, starred);
            return new PyList(a);
        }
    }
    public static final class SetDisplay extends ExprNode {
        final ExprNode[] elts;
        final boolean[] starred;
        public SetDisplay(ExprNode[] e, boolean[] s) { elts = e; starred = s; }
        @Override public PyObject eval(Frame f) {
            try {
                return run(f);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
        private PyObject run(Frame f) {
            PySet s = new PySet(false);
            for (PyObject o : evalElements(f, elts, starred)) s.add(o);
            return s;
        }
    }
    public static final class DictDisplay extends ExprNode {
        final ExprNode[] keys, values;   // key null => **mapping
        public DictDisplay(ExprNode[] k, ExprNode[] v) { keys = k; values = v; }
        @Override public PyObject eval(Frame f) {
            try {
                return run(f);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
        private PyObject run(Frame f) {
            PyDict d = new PyDict(keys.length);
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == null) {
                    PyObject m = values[i].eval(f);
                    if (m instanceof PyDict) d.update((PyDict) m);
                    else {
                        if (m.type().lookup("keys") == null) throw Err.typeError("'" + m.type().name + "' object is not a mapping");
                        Builtins0.dictUpdate(d, m, null, null);
                    }
                } else {
                    PyObject k = keys[i].eval(f);
                    PyObject v = values[i].eval(f);
                    d.put(k, v);
                }
            }
            return d;
        }
    }

    // ---- f-strings -----------------------------------------------------------------------------
    public static final class JoinedStr extends ExprNode {
        final ExprNode[] parts;
        public JoinedStr(ExprNode[] p) { parts = p; }
        @Override public PyObject eval(Frame f) {
            StringBuilder sb = new StringBuilder();
            for (ExprNode p : parts) sb.append(((PyStr) p.eval(f)).value);
            return PyStr.of(sb.toString());
        }
    }
    public static final class FormattedValue extends ExprNode {
        final ExprNode value, spec;
        final int conv;
        public FormattedValue(ExprNode v, int conv, ExprNode spec) { value = v; this.conv = conv; this.spec = spec; }
        @Override public PyObject eval(Frame f) {
            try {
                return run(f);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
        private PyObject run(Frame f) {
            PyObject v = value.eval(f);
            if (conv == 'r') v = PyStr.of(Ops.repr(v));
            else if (conv == 's') v = PyStr.of(Ops.str(v));
            else if (conv == 'a') v = PyStr.of(Builtins0.ascii(Ops.repr(v)));
            String s = spec == null ? "" : ((PyStr) spec.eval(f)).value;
            if (s.isEmpty() && v instanceof PyStr) return v;
            return PyStr.of(Ops.format(v, s));
        }
    }

    /** Walrus: evaluates and stores. */
    public static final class NamedExpr extends ExprNode {
        final ExprNode value;
        final Stores.Target target;
        public NamedExpr(ExprNode v, Stores.Target t) { value = v; target = t; }
        @Override public PyObject eval(Frame f) {
            PyObject v = value.eval(f);
            target.store(f, v);
            return v;
        }
    }

    /** Sets the current line for an expression on another line than its statement (multi-line statements). */
    public static final class LineMark extends ExprNode {
        final ExprNode e;
        final int line;
        public LineMark(ExprNode e, int line) { this.e = e; this.line = line; }
        @Override public PyObject eval(Frame f) {
            f.lineno = line;
            if (Trace.lineOn()) Trace.line(f, line);
            return e.eval(f);
        }
    }

    /** Re-marks the parent's line after children on other lines were evaluated. */
    public static final class LineAfter extends ExprNode {
        final ExprNode e;
        final int line;
        public LineAfter(ExprNode e, int line) { this.e = e; this.line = line; }
        @Override public PyObject eval(Frame f) {
            PyObject v = e.eval(f);
            f.lineno = line;
            if (Trace.lineOn()) Trace.line(f, line);
            return v;
        }
    }
}
