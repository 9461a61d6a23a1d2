package org.herthon.interpreter.nodes;

import org.herthon.interpreter.runtime.*;

/**
 * The match statement (PEP 634). Each case's pattern is a tree of {@link Pat} nodes that test the
 * subject and collect the captured values into {@code binds} (indexed by the compiler); the
 * names are stored only once the whole pattern has matched, before the guard, as CPython does.
 */
public final class Match {
    private Match() {}

    public abstract static class Pat {
        public abstract boolean match(Frame f, PyObject subject, PyObject[] binds);
    }

    public static final class Value extends Pat {
        final ExprNode value;
        public Value(ExprNode v) { value = v; }
        @Override public boolean match(Frame f, PyObject s, PyObject[] b) {
            return Ops.isTrue(Ops.richCompare(s, value.eval(f), Ops.EQ));
        }
    }

    public static final class Singleton extends Pat {
        final PyObject value;
        public Singleton(PyObject v) { value = v; }
        @Override public boolean match(Frame f, PyObject s, PyObject[] b) { return s == value; }
    }

    /** Capture (name != -1), wildcard (no pattern, slot -1) or as-pattern (pattern and slot). */
    public static final class As extends Pat {
        final Pat pattern;
        final int slot;
        public As(Pat p, int slot) { pattern = p; this.slot = slot; }
        @Override public boolean match(Frame f, PyObject s, PyObject[] b) {
            if (pattern != null && !pattern.match(f, s, b)) return false;
            if (slot >= 0) b[slot] = s;
            return true;
        }
    }

    public static final class Or extends Pat {
        final Pat[] alts;
        public Or(Pat[] a) { alts = a; }
        @Override public boolean match(Frame f, PyObject s, PyObject[] b) {
            for (Pat p : alts) if (p.match(f, s, b)) return true;
            return false;
        }
    }

    static final int FLAG_SEQUENCE = 1 << 5, FLAG_MAPPING = 1 << 6;

    /** Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING: builtin kinds, or __abc_tpflags__ of a class in the MRO (collections.abc). */
    static boolean hasFlag(PyObject o, int flag) {
        PyType t = o.type();
        for (PyType c : t.mro) {
            if (c.builtin) {
                switch (c.name) {
                    case "list": case "tuple": case "range": case "memoryview": case "deque": case "array":
                        if (flag == FLAG_SEQUENCE) return true;
                        break;
                    case "dict": case "mappingproxy":
                        if (flag == FLAG_MAPPING) return true;
                        break;
                    default: break;
                }
                if (c.name.equals("str") || c.name.equals("bytes") || c.name.equals("bytearray")) return false;
            } else {
                PyObject fl = c.dict.getStr("__abc_tpflags__");
                if (fl instanceof PyInt) return (((PyInt) fl).value & flag) != 0;
            }
        }
        return false;
    }

    public static final class Sequence extends Pat {
        final Pat[] items;
        final int star;          // index of the star pattern, or -1
        final int starSlot;      // where *name goes, -1 for *_
        public Sequence(Pat[] items, int star, int starSlot) { this.items = items; this.star = star; this.starSlot = starSlot; }
        @Override public boolean match(Frame f, PyObject s, PyObject[] b) {
            if (!hasFlag(s, FLAG_SEQUENCE)) return false;
            int n = items.length;
            long len = Ops.len(s);
            if (star < 0 ? len != n : len < n - 1) return false;
            if (star >= 0 && starSlot < 0) {
                // [a, *_, b]: subscripts, no unpacking (CPython's pattern_helper_sequence_subscr)
                for (int i = 0; i < n; i++) {
                    if (i == star) continue;
                    if (items[i] == null) continue;
                    long idx = i < star ? i : i - n;
                    if (!items[i].match(f, s.pyGetItem(PyInt.of(idx)), b)) return false;
                }
                return true;
            }
            PyObject[] all = Ops.toArray(s);
            if (star < 0 ? all.length != n : all.length < n - 1) return false;
            for (int i = 0; i < n; i++) {
                if (i == star) {
                    int cnt = all.length - (n - 1);
                    PyObject[] mid = java.util.Arrays.copyOfRange(all, i, i + cnt);
                    b[starSlot] = new PyList(mid);
                    continue;
                }
                int src = star >= 0 && i > star ? all.length - (n - i) : i;
                if (items[i] != null && !items[i].match(f, all[src], b)) return false;
            }
            return true;
        }
    }

    public static final class Mapping extends Pat {
        final ExprNode[] keys;
        final Pat[] values;
        final int restSlot;
        public Mapping(ExprNode[] k, Pat[] v, int rest) { keys = k; values = v; restSlot = rest; }
        @Override public boolean match(Frame f, PyObject s, PyObject[] b) {
            if (!hasFlag(s, FLAG_MAPPING)) return false;
            if (keys.length > 0 && Ops.len(s) < keys.length) return false;
            PyObject[] ks = new PyObject[keys.length];
            for (int i = 0; i < ks.length; i++) ks[i] = keys[i].eval(f);
            PyObject[] vs = new PyObject[ks.length];
            if (ks.length > 0) {
                PyObject get = Ops.getAttr(s, "get");
                PyObject dummy = new PyObject() { @Override public PyType type() { return PyType.OBJECT; } };
                PySet seen = new PySet(false);
                for (int i = 0; i < ks.length; i++) {
                    if (seen.contains(ks[i])) throw Err.valueError("mapping pattern checks duplicate key (" + Ops.repr(ks[i]) + ")");
                    seen.add(ks[i]);
                    PyObject v = get.call(new PyObject[]{ks[i], dummy}, null);
                    if (v == dummy) return false;
                    vs[i] = v;
                }
            }
            for (int i = 0; i < vs.length; i++) if (!values[i].match(f, vs[i], b)) return false;
            if (restSlot >= 0) {
                PyDict rest = new PyDict();
                PyObject it = Ops.iter(s);
                for (PyObject k = Ops.next(it); k != null; k = Ops.next(it)) rest.put(k, s.pyGetItem(k));
                for (PyObject k : ks) rest.remove(k);
                b[restSlot] = rest;
            }
            return true;
        }
    }

    public static final class ClassPat extends Pat {
        final ExprNode cls;
        final Pat[] pos;
        final String[] kwNames;
        final Pat[] kwPats;
        public ClassPat(ExprNode c, Pat[] p, String[] kn, Pat[] kp) { cls = c; pos = p; kwNames = kn; kwPats = kp; }

        private static boolean matchSelf(PyType t) {
            for (PyType c : t.mro) {
                if (!c.builtin) continue;
                switch (c.name) {
                    case "bool": case "bytearray": case "bytes": case "dict": case "float": case "frozenset":
                    case "int": case "list": case "set": case "str": case "tuple": return true;
                    default: break;
                }
            }
            return false;
        }

        @Override public boolean match(Frame f, PyObject s, PyObject[] b) {
            PyObject c = cls.eval(f);
            if (!(c instanceof PyType)) throw Err.typeError("called match pattern must be a class");
            PyType type = (PyType) c;
            if (!Ops.isInstance(s, type)) return false;
            java.util.Set<String> seen = new java.util.HashSet<>();
            if (pos.length > 0) {
                PyObject ma = Ops.getAttrOrNull(type, "__match_args__");
                boolean self = false;
                PyObject[] names;
                if (ma == null) {
                    if (!matchSelf(type)) throw Err.typeError(type.name + "() accepts 0 positional sub-patterns (" + pos.length + " given)");
                    self = true;
                    names = new PyObject[0];
                } else if (!(ma instanceof PyTuple)) {
                    throw Err.typeError(type.name + ".__match_args__ must be a tuple (got " + ma.type().name + ")");
                } else names = ((PyTuple) ma).items;
                int allowed = self ? 1 : names.length;
                if (pos.length > allowed) {
                    throw Err.typeError(type.name + "() accepts " + allowed + " positional sub-pattern" + (allowed == 1 ? "" : "s") + " (" + pos.length + " given)");
                }
                for (int i = 0; i < pos.length; i++) {
                    PyObject v;
                    if (self) v = s;
                    else {
                        PyObject nm = names[i];
                        if (!(nm instanceof PyStr)) throw Err.typeError("__match_args__ elements must be strings (got " + nm.type().name + ")");
                        String an = ((PyStr) nm).value;
                        if (!seen.add(an)) throw Err.typeError(type.name + "() got multiple sub-patterns for attribute " + Ops.repr(nm));
                        v = Ops.getAttrOrNull(s, an);
                        if (v == null) return false;
                    }
                    if (!pos[i].match(f, v, b)) return false;
                }
            }
            for (int i = 0; i < kwNames.length; i++) {
                if (!seen.add(kwNames[i])) throw Err.typeError(type.name + "() got multiple sub-patterns for attribute '" + kwNames[i] + "'");
                PyObject v = Ops.getAttrOrNull(s, kwNames[i]);
                if (v == null) return false;
                if (!kwPats[i].match(f, v, b)) return false;
            }
            return true;
        }
    }

    public static final class Case {
        final Pat pattern;
        final Stores.Target[] targets;
        final ExprNode guard;
        final StmtNode body;
        final int line, guardLine;
        public Case(Pat p, Stores.Target[] t, ExprNode g, StmtNode body, int line, int guardLine) {
            pattern = p; targets = t; guard = g; this.body = body; this.line = line; this.guardLine = guardLine;
        }
    }

    public static final class Stmt extends StmtNode {
        final ExprNode subject;
        final Case[] cases;
        /** State slot of the chosen case when the statement can suspend (generators, coroutines), else -1. */
        final int slot;
        public Stmt(ExprNode s, Case[] c, int slot) { subject = s; cases = c; this.slot = slot; }
        @Override public PyObject exec(Frame f) {
            if (slot >= 0 && f.resuming) {
                Object st = f.state[slot];
                if (st instanceof Integer) return cases[(Integer) st].body.exec(f);
            }
            if (slot >= 0) f.state[slot] = null;
            PyObject s = subject.eval(f);
            for (int i = 0; i < cases.length; i++) {
                Case c = cases[i];
                Stmts.mark(f, c.line);
                PyObject[] binds = c.targets.length == 0 ? NO_BINDS : new PyObject[c.targets.length];
                if (!c.pattern.match(f, s, binds)) continue;
                for (int k = 0; k < binds.length; k++) c.targets[k].store(f, binds[k]);
                if (c.guard != null) {
                    if (c.guardLine != c.line) Stmts.mark(f, c.guardLine);
                    if (!Ops.isTrue(c.guard.eval(f))) continue;
                }
                if (slot >= 0) f.state[slot] = i;
                return c.body.exec(f);
            }
            return null;
        }
        private static final PyObject[] NO_BINDS = new PyObject[0];
    }
}
