package org.herthon.interpreter.runtime;

/** Builtin iterator objects. */
public final class Iterators {
    private Iterators() {}

    /** Iterators that pickle as CPython's do (__reduce__, __setstate__, __length_hint__). */
    public interface Picklable {
        PyObject reduce();
        default void setState(PyObject state) { }
        int lengthHint();
    }

    /** A builtin function (iter, reversed) of the interpreter on this thread. */
    static PyObject builtin(String name) {
        return org.herthon.interpreter.runtime.codec.CodecRegistry.current().interpreter().builtinsModule.dict.getStr(name);
    }

    static PyObject iterOf(PyObject seq) { return new PyTuple(builtin("iter"), new PyTuple(seq)); }

    static int clamp(PyObject state, int lo, int hi) {
        long v = CollMethods.clippedIndex(state);
        return (int) Math.max(lo, Math.min(hi, v));
    }

    public abstract static class Base extends PyObject {
        private final PyType t;
        protected Base(PyType t) { this.t = t; }
        @Override public PyType type() { return t; }
        @Override public boolean isIterable() { return true; }
        @Override public PyObject pyIter() { return this; }
        @Override public boolean isIterator() { return true; }
        @Override public abstract PyObject pyNext();
        @Override public String pyRepr() { return "<" + t.name + " object at " + Ops.addressString(this) + ">"; }
    }

    public static final class ListIterator extends Base implements Picklable {
        private PyList list;
        private int i;
        public ListIterator(PyList l) { super(PyType.LIST_ITERATOR); list = l; }
        @Override public PyObject reduce() {
            if (list == null) return iterOf(new PyList());
            return new PyTuple(builtin("iter"), new PyTuple(list), PyInt.of(i));
        }
        @Override public void setState(PyObject state) { if (list != null) i = clamp(state, 0, list.size); }
        @Override public int lengthHint() { return list == null ? 0 : Math.max(0, list.size - i); }
        @Override public PyObject pyNext() {
            PyList l = list;
            if (l == null) return null;
            if (i < l.size) return l.items[i++];
            list = null;
            return null;
        }
    }

    public static final class ReverseListIterator extends Base implements Picklable {
        private PyList list;
        private int i;
        public ReverseListIterator(PyList l) { super(PyType.LIST_REVERSEITERATOR); list = l; i = l.size - 1; }
        @Override public PyObject reduce() {
            if (list == null) return iterOf(new PyList());
            return new PyTuple(builtin("reversed"), new PyTuple(list), PyInt.of(i));
        }
        @Override public void setState(PyObject state) { if (list != null) i = clamp(state, -1, list.size - 1); }
        @Override public int lengthHint() { return list == null || i >= list.size ? 0 : i + 1; }
        @Override public PyObject pyNext() {
            PyList l = list;
            if (l == null) return null;
            if (i >= 0 && i < l.size) return l.items[i--];
            list = null;
            return null;
        }
    }

    public static final class ArrayIterator extends Base implements Picklable {
        private final PyObject[] items;
        private final int n;
        private int i;
        public ArrayIterator(PyObject[] items, int n, PyType t) { super(t); this.items = items; this.n = n; }
        @Override public PyObject reduce() {
            if (i >= n) return iterOf(PyTuple.EMPTY);
            return new PyTuple(builtin("iter"), new PyTuple(PyTuple.of(java.util.Arrays.copyOf(items, n))), PyInt.of(i));
        }
        @Override public void setState(PyObject state) { if (i < n) i = clamp(state, 0, n); }
        @Override public int lengthHint() { return Math.max(0, n - i); }
        @Override public PyObject pyNext() { return i < n ? items[i++] : null; }
    }

    public static final class StrIterator extends Base {
        private final PyStr s;
        private int i;
        public StrIterator(PyStr s) { super(PyType.STR_ITERATOR); this.s = s; }
        @Override public PyObject pyNext() {
            String v = s.value;
            if (i >= v.length()) return null;
            int cp = v.codePointAt(i);
            i += Character.charCount(cp);
            return PyStr.ofChar(cp);
        }
    }

    public static final class RangeIterator extends Base {
        private long next;
        private final long step;
        private long remaining;
        public RangeIterator(long start, long step, long len) { super(PyType.RANGE_ITERATOR); next = start; this.step = step; remaining = len; }
        @Override public PyObject pyNext() {
            if (remaining <= 0) return null;
            remaining--;
            long v = next;
            next = v + step;
            return PyInt.of(v);
        }
    }

    /** kind 0 keys, 1 values, 2 items */
    static PyObject entry(PyDict d, int kind, int e) {
        return kind == 0 ? d.keys[e] : kind == 1 ? d.values[e] : new PyTuple(d.keys[e], d.values[e]);
    }

    public static final class DictIterator extends Base implements Picklable {
        private final PyDict d;
        private final int kind;
        private int i;
        private final int size;
        private final int version;
        private int yielded;
        public DictIterator(PyDict d, int kind) {
            super(kind == 0 ? PyType.DICT_KEYITERATOR : kind == 1 ? PyType.DICT_VALUEITERATOR : PyType.DICT_ITEMITERATOR);
            this.d = d; this.kind = kind; this.size = d.size(); this.version = d.keysVersion;
        }
        @Override public PyObject reduce() {
            PyList rest = new PyList();
            if (d.size() == size && i < Integer.MAX_VALUE) {
                for (int e = d.nextEntry(i); e >= 0; e = d.nextEntry(e + 1)) rest.append(entry(d, kind, e));
            }
            return iterOf(rest);
        }
        @Override public int lengthHint() { return d.size() == size && i < Integer.MAX_VALUE ? Math.max(0, size - yielded) : 0; }
        @Override public PyObject pyNext() {
            if (d.size() != size) { i = Integer.MAX_VALUE; throw Err.runtimeError("dictionary changed size during iteration"); }
            if (d.keysVersion != version) { i = Integer.MAX_VALUE; throw Err.runtimeError("dictionary keys changed during iteration"); }
            if (i >= d.used) return null;
            int e = d.nextEntry(i);
            if (e < 0) { i = d.used; return null; }
            i = e + 1;
            yielded++;
            switch (kind) {
                case 0: return d.keys[e];
                case 1: return d.values[e];
                default: return new PyTuple(d.keys[e], d.values[e]);
            }
        }
        @Override public int pyLen() { return size; }
    }

    /** reversed(dict) and reversed(dict view): kind 0 keys, 1 values, 2 items, last entry first. */
    public static final class DictReverseIterator extends Base implements Picklable {
        private final PyDict d;
        private final int kind;
        private int i;
        private final int size;
        public DictReverseIterator(PyDict d, int kind) {
            super(kind == 0 ? PyType.DICT_REVERSEKEYITERATOR : kind == 1 ? PyType.DICT_REVERSEVALUEITERATOR : PyType.DICT_REVERSEITEMITERATOR);
            this.d = d; this.kind = kind; this.size = d.size(); this.i = d.used - 1;
        }
        @Override public PyObject reduce() {
            PyList rest = new PyList();
            if (d.size() == size) {
                for (int e = Math.min(i, d.used - 1); e >= 0; e--) if (d.keys[e] != null) rest.append(entry(d, kind, e));
            }
            return iterOf(rest);
        }
        @Override public int lengthHint() {
            int c = 0;
            if (d.size() == size) for (int e = Math.min(i, d.used - 1); e >= 0; e--) if (d.keys[e] != null) c++;
            return c;
        }
        @Override public PyObject pyNext() {
            if (i < 0) return null;
            if (d.size() != size) { i = -1; throw Err.runtimeError("dictionary changed size during iteration"); }
            while (i >= 0 && (i >= d.used || d.keys[i] == null)) i--;
            if (i < 0) return null;
            int e = i--;
            switch (kind) {
                case 0: return d.keys[e];
                case 1: return d.values[e];
                default: return new PyTuple(d.keys[e], d.values[e]);
            }
        }
    }

    public static final class SetIterator extends Base implements Picklable {
        private final PySet s;
        private int i;
        private final int size;
        private int yielded;
        public SetIterator(PySet s) { super(PyType.SET_ITERATOR); this.s = s; size = s.size(); }
        @Override public PyObject reduce() {
            PyList rest = new PyList();
            if (s.size() == size && i <= s.tableSize()) {
                for (int j = s.nextSlot(i); j >= 0; j = s.nextSlot(j + 1)) rest.append(s.slotKey(j));
            }
            return iterOf(rest);
        }
        @Override public int lengthHint() { return s.size() == size && i <= s.tableSize() ? Math.max(0, size - yielded) : 0; }
        @Override public PyObject pyNext() {
            if (s.size() != size) { i = Integer.MAX_VALUE; throw Err.runtimeError("Set changed size during iteration"); }
            if (i > s.tableSize()) return null;
            int j = s.nextSlot(i);
            if (j < 0) { i = Integer.MAX_VALUE; return null; }
            i = j + 1;
            yielded++;
            return s.slotKey(j);
        }
    }

    /** iter() over an object with __getitem__ only. */
    public static final class SeqIterator extends Base {
        private PyObject seq;
        private long i;
        public SeqIterator(PyObject seq) { super(PyType.ITERATOR); this.seq = seq; }
        @Override public PyObject pyNext() {
            if (seq == null) return null;
            try {
                return Ops.getItem(seq, PyInt.of(i++));
            } catch (PyException e) {
                if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) { seq = null; return null; }
                throw e;
            }
        }
    }

    public static final class CallableIterator extends Base {
        private PyObject fn;
        private final PyObject sentinel;
        public CallableIterator(PyObject fn, PyObject sentinel) { super(PyType.CALLABLE_ITERATOR); this.fn = fn; this.sentinel = sentinel; }
        @Override public PyObject pyNext() {
            if (fn == null) return null;
            PyObject v;
            try {
                v = fn.call0();
            } catch (PyException e) {
                if (e.matches(PyExc.StopIteration)) { fn = null; return null; }
                throw e;
            }
            if (Ops.eqBool(v, sentinel)) { fn = null; return null; }
            return v;
        }
    }

    public static final class Enumerate extends Base {
        private final PyObject it;
        private long n;
        private PyObject bigN;
        public Enumerate(PyObject it, PyObject start) {
            super(PyType.ENUMERATE);
            this.it = it;
            if (start instanceof PyInt) n = ((PyInt) start).value; else bigN = start;
        }
        @Override public PyObject pyNext() {
            PyObject x = Ops.next(it);
            if (x == null) return null;
            if (bigN != null) { PyObject c = bigN; bigN = Ops.add(bigN, PyInt.ONE); return new PyTuple(c, x); }
            return new PyTuple(PyInt.of(n++), x);
        }
    }

    public static final class Zip extends Base {
        private final PyObject[] its;
        private final boolean strict;
        private boolean done;
        public Zip(PyObject[] its, boolean strict) { super(PyType.ZIP); this.its = its; this.strict = strict; }
        @Override public PyObject pyNext() {
            if (done || its.length == 0) return null;
            PyObject[] out = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject x = Ops.next(its[i]);
                if (x == null) {
                    done = true;
                    if (strict) {
                        if (i > 0) throw Err.valueError("zip() argument " + (i + 1) + " is shorter than argument" + (i == 1 ? " 1" : "s 1-" + i));
                        for (int j = 1; j < its.length; j++) {
                            if (Ops.next(its[j]) != null) throw Err.valueError("zip() argument " + (j + 1) + " is longer than argument" + (j == 1 ? " 1" : "s 1-" + j));
                        }
                    }
                    return null;
                }
                out[i] = x;
            }
            return new PyTuple(out);
        }
    }

    public static final class MapIter extends Base {
        private final PyObject fn;
        private final PyObject[] its;
        public MapIter(PyObject fn, PyObject[] its) { super(PyType.MAP); this.fn = fn; this.its = its; }
        @Override public PyObject pyNext() {
            if (its.length == 1) {
                PyObject x = Ops.next(its[0]);
                return x == null ? null : fn.call1(x);
            }
            PyObject[] args = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject x = Ops.next(its[i]);
                if (x == null) return null;
                args[i] = x;
            }
            return fn.call(args, null);
        }
    }

    public static final class FilterIter extends Base {
        private final PyObject fn;
        private final PyObject it;
        public FilterIter(PyObject fn, PyObject it) { super(PyType.FILTER); this.fn = fn; this.it = it; }
        @Override public PyObject pyNext() {
            while (true) {
                PyObject x = Ops.next(it);
                if (x == null) return null;
                boolean ok = fn == PyNone.INSTANCE ? Ops.isTrue(x) : Ops.isTrue(fn.call1(x));
                if (ok) return x;
            }
        }
    }

    public static final class Reversed extends Base {
        private final PyObject seq;
        private long i;
        private boolean exhausted;
        public Reversed(PyObject seq, long n) { super(PyType.REVERSED); this.seq = seq; this.i = n - 1; }
        /** reversed_reduce / reversed_setstate */
        public PyObject reduce() {
            if (exhausted) return new PyTuple(PyType.REVERSED, new PyTuple(PyTuple.EMPTY));
            return new PyTuple(PyType.REVERSED, new PyTuple(seq), PyInt.of(i));
        }
        public void setState(PyObject state) {
            if (exhausted) return;
            long n = Ops.len(seq);
            long v = CollMethods.clippedIndex(state);
            i = Math.max(-1, Math.min(n - 1, v));
        }
        @Override public PyObject pyNext() {
            if (i < 0) { exhausted = true; return null; }
            try {
                return Ops.getItem(seq, PyInt.of(i--));
            } catch (PyException e) {
                if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) { i = -1; exhausted = true; return null; }
                throw e;
            }
        }
        /** reversed's __length_hint__ asks the sequence's length again (CPython's reversed_len). */
        void lengthHint() {
            if (!exhausted && !seq.type().builtin) Ops.len(seq);
        }
    }
}
