package org.herthon.interpreter.nodes;

import org.herthon.interpreter.runtime.*;

/** Assignment and deletion targets. */
public final class Stores {
    private Stores() {}

    public abstract static class Target {
        /** Index of the store's position in co_positions (the target's range), or -1. */
        public int pc = -1;
        public abstract void store(Frame f, PyObject v);
        public void delete(Frame f) { throw new IllegalStateException("cannot delete"); }
    }

    public static final class Fast extends Target {
        final int idx;
        final String name;
        public Fast(int idx, String name) { this.idx = idx; this.name = name; }
        public int idx() { return idx; }
        @Override public void store(Frame f, PyObject v) { f.fast[idx] = v; }
        @Override public void delete(Frame f) {
            if (f.fast[idx] == null) throw Err.unboundLocal(name).at(f, pc);
            f.fast[idx] = null;
        }
    }

    public static final class Deref extends Target {
        final int idx;
        final String name;
        final boolean isFree;
        public Deref(int idx, String name, boolean isFree) { this.idx = idx; this.name = name; this.isFree = isFree; }
        @Override public void store(Frame f, PyObject v) { ((PyCell) f.fast[idx]).value = v; }
        @Override public void delete(Frame f) {
            PyCell c = (PyCell) f.fast[idx];
            if (c.value == null) throw (isFree ? Err.unboundFree(name) : Err.unboundLocal(name)).at(f, pc);
            c.value = null;
        }
    }

    public static final class Global extends Target {
        final String name;
        public Global(String name) { this.name = name; }
        @Override public void store(Frame f, PyObject v) { f.globals.putStr(name, v); }
        @Override public void delete(Frame f) {
            if (f.globals.delStr(name) == null) throw Err.nameError(name).at(f, pc);
        }
    }

    public static final class Name extends Target {
        final String name;
        final PyStr key;
        public Name(String name) { this.name = name; this.key = PyStr.of(name); }
        @Override public void store(Frame f, PyObject v) {
            PyObject loc = f.locals;
            if (PyDict.isExact(loc)) ((PyDict) loc).putStr(key, v);
            else Ops.setItem(loc, key, v);
        }
        @Override public void delete(Frame f) {
            PyObject loc = f.locals;
            if (PyDict.isExact(loc)) {
                if (((PyDict) loc).delStr(name) == null) throw Err.nameError(name).at(f, pc);
            } else {
                try {
                    Ops.delItem(loc, key);
                } catch (PyException e) {
                    if (e.matches(PyExc.KeyError)) throw Err.nameError(name).at(f, pc);
                    throw e.at(f, pc);
                }
            }
        }
    }

    public static final class Attr extends Target {
        final ExprNode obj;
        final String name;
        private PyType cType;
        private int cVersion;
        private boolean cPlain;   // object.__setattr__ and no data descriptor: store into the instance dict
        private PyObject cData;   // object.__setattr__ and this data descriptor (a __slots__ member, a property): it stores
        public Attr(ExprNode obj, String name) { this.obj = obj; this.name = name; }
        @Override public void store(Frame f, PyObject v) {
            PyObject o = obj.eval(f);
            if (o instanceof PyInstance) {
                PyInstance inst = (PyInstance) o;
                PyType t = inst.type();
                if (t != cType || t.version != cVersion) {
                    PyObject d = t.lookup(name);
                    boolean generic = t.lookup("__setattr__") == Slots.OBJECT_SETATTR;
                    cPlain = generic && (d == null || !d.isDataDescriptor());
                    cData = generic && d != null && d.isDataDescriptor() ? d : null;
                    cType = t;
                    cVersion = t.version;
                }
                if (cPlain && inst.dict != null) { inst.dict.putStr(name, v); return; }
                if (cData != null) {
                    try {
                        cData.descrSet(inst, v);
                    } catch (PyException e) {
                        throw e.at(f, pc);
                    }
                    return;
                }
            }
            try {
                Ops.setAttr(o, name, v);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
        @Override public void delete(Frame f) {
            PyObject o = obj.eval(f);
            try {
                Ops.delAttr(o, name);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
    }

    public static final class Subscript extends Target {
        final ExprNode obj, key;
        public Subscript(ExprNode obj, ExprNode key) { this.obj = obj; this.key = key; }
        @Override public void store(Frame f, PyObject v) {
            PyObject o = obj.eval(f), k = key.eval(f);
            if (o instanceof PyList && k.getClass() == PyInt.class) {
                PyList l = (PyList) o;
                long i = ((PyInt) k).value;
                if (i >= 0 && i < l.size) { l.items[(int) i] = v; return; }
            }
            try {
                Ops.setItem(o, k, v);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
        @Override public void delete(Frame f) {
            PyObject o = obj.eval(f), k = key.eval(f);
            try {
                Ops.delItem(o, k);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
    }

    /** Marks the line of the store instruction before storing (multi-line statements). */
    public static final class Marked extends Target {
        final Target t;
        final int line;
        public Marked(Target t, int line) { this.t = t; this.line = line; }
        @Override public void store(Frame f, PyObject v) { Stmts.mark(f, line); t.store(f, v); }
        @Override public void delete(Frame f) { t.delete(f); }
    }

    /** Tuple/list unpacking, with an optional starred target. */
    public static final class Unpack extends Target {
        final Target[] targets;
        final int star;  // index of the starred target, or -1
        public Unpack(Target[] t, int star) { targets = t; this.star = star; }
        @Override public void store(Frame f, PyObject v) {
            // the targets' own stores record their positions first; the rest is UNPACK_SEQUENCE's
            try {
                unpack(f, v);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
        private void unpack(Frame f, PyObject v) {
            PyObject[] items;
            int n = targets.length;
            if (v instanceof PyTuple) items = ((PyTuple) v).items;
            else if (v instanceof PyList) items = ((PyList) v).toArray();
            else {
                if (!Ops.isIterable(v)) throw Err.typeError("cannot unpack non-iterable " + v.type().name + " object");
                if (star < 0) {
                    PyObject it = Ops.iter(v);
                    items = new PyObject[n];
                    for (int i = 0; i < n; i++) {
                        PyObject x = Ops.next(it);
                        if (x == null) throw Err.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
                        items[i] = x;
                    }
                    if (Ops.next(it) != null) throw Err.valueError("too many values to unpack (expected " + n + ")");
                    for (int i = 0; i < n; i++) targets[i].store(f, items[i]);
                    return;
                }
                // CPython's UNPACK_EX: next() for the targets before the star, then list(it) for
                // the rest (which calls iter() on the iterator again: __iter__ of a Python iterator)
                PyObject it = Ops.iter(v);
                PyObject[] head = new PyObject[star];
                for (int i = 0; i < star; i++) {
                    PyObject x = Ops.next(it);
                    if (x == null) throw Err.valueError("not enough values to unpack (expected at least " + (n - 1) + ", got " + i + ")");
                    head[i] = x;
                }
                PyObject[] tail = Ops.toArray(it);
                items = new PyObject[star + tail.length];
                System.arraycopy(head, 0, items, 0, star);
                System.arraycopy(tail, 0, items, star, tail.length);
            }
            if (star < 0) {
                if (items.length != n) {
                    if (items.length < n) throw Err.valueError("not enough values to unpack (expected " + n + ", got " + items.length + ")");
                    throw Err.valueError("too many values to unpack (expected " + n + ")");
                }
                for (int i = 0; i < n; i++) targets[i].store(f, items[i]);
                return;
            }
            int after = n - star - 1;
            if (items.length < n - 1) {
                throw Err.valueError("not enough values to unpack (expected at least " + (n - 1) + ", got " + items.length + ")");
            }
            for (int i = 0; i < star; i++) targets[i].store(f, items[i]);
            int restLen = items.length - star - after;
            PyObject[] rest = new PyObject[restLen];
            System.arraycopy(items, star, rest, 0, restLen);
            targets[star].store(f, new PyList(rest));
            for (int i = 0; i < after; i++) targets[star + 1 + i].store(f, items[star + restLen + i]);
        }
        @Override public void delete(Frame f) { for (Target t : targets) t.delete(f); }
    }
}
