package org.herthon.interpreter.runtime;

/**
 * Builtin iterator objects. Each can be pickled and copied as CPython's can: {@code __reduce__}
 * gives what rebuilds it from where it stands (mostly {@code iter(sequence)} and an index for
 * {@code __setstate__}), as CPython 3.11's iterators do.
 */
public final class Iterators {
    private Iterators() {}

    /**
     * The builtin iter(). One object for every interpreter (it keeps no state), so that the
     * reductions below can name it: pickle checks that builtins.iter is this very object.
     */
    public static final PyBuiltinFunction ITER = PyBuiltinFunction.of("iter", (a, k) -> {
        Args.noKw("iter", k);
        Args.range("iter", a, 1, 2);
        if (a.length == 2) {
            if (!Ops.isCallable(a[0])) throw Err.typeError("iter(v, w): v must be callable");
            return new CallableIterator(a[0], a[1]);
        }
        return Ops.iter(a[0]);
    });
    static {
        ITER.module = PyStr.of("builtins");
    }

    /** iter(seq) resumed at index: what most iterators reduce to. */
    static PyObject reduceIter(PyObject seq, long index) {
        return new PyTuple(ITER, new PyTuple(seq), PyInt.of(index));
    }

    /** What an exhausted iterator reduces to: an iterator over an empty sequence. */
    static PyObject reduceEmpty(PyObject empty) {
        return new PyTuple(ITER, new PyTuple(empty));
    }

    /** The index a __setstate__ was given, clipped to [low, high]. */
    static long index(PyObject state, long low, long high) {
        long i = Ops.index(state);
        return Math.max(low, Math.min(high, i));
    }

    /** The items an iterator has left, without advancing it: CPython pickles dict and set iterators as a list of them. */
    static PyObject reduceToList(Base copy) {
        PyList rest = new PyList();
        for (PyObject x = copy.pyNext(); x != null; x = copy.pyNext()) rest.append(x);
        return new PyTuple(ITER, new PyTuple(rest));
    }

    /** How many items a copy of an iterator still gives (it runs the copy to its end). */
    static long countRest(Base copy) {
        long n = 0;
        while (copy.pyNext() != null) n++;
        return n;
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
        /** __reduce__: the callable, its arguments and, for those that have one, the state for __setstate__. */
        public PyObject reduce() { throw Err.typeError("cannot pickle '" + t.name + "' object"); }
        /** __setstate__ (only the types that CPython gives one). */
        public void setState(PyObject state) { throw Err.typeError("cannot set the state of '" + t.name + "' objects"); }
        /** __length_hint__: how many items are left (only the types that CPython gives one). */
        public long remaining() { throw Err.typeError("'" + t.name + "' object has no length hint"); }
    }

    public static final class ListIterator extends Base {
        private PyList list;
        private int i;
        public ListIterator(PyList l) { super(PyType.LIST_ITERATOR); list = l; }
        @Override public PyObject pyNext() {
            PyList l = list;
            if (l == null) return null;
            if (i < l.size) return l.items[i++];
            list = null;
            return null;
        }
        @Override public PyObject reduce() { return list == null ? reduceEmpty(new PyList()) : reduceIter(list, i); }
        @Override public void setState(PyObject state) { if (list != null) i = (int) index(state, 0, list.size); }
        @Override public long remaining() { return list == null ? 0 : Math.max(0, list.size - i); }
    }

    public static final class ReverseListIterator extends Base {
        private PyList list;
        private int i;
        public ReverseListIterator(PyList l) { super(PyType.LIST_REVERSEITERATOR); list = l; i = l.size - 1; }
        @Override public PyObject pyNext() {
            PyList l = list;
            if (l == null) return null;
            if (i >= 0 && i < l.size) return l.items[i--];
            list = null;
            return null;
        }
        @Override public PyObject reduce() {
            return list == null ? reduceEmpty(new PyList()) : new PyTuple(PyType.REVERSED, new PyTuple(list), PyInt.of(i));
        }
        @Override public void setState(PyObject state) { if (list != null) i = (int) index(state, -1, list.size - 1); }
        @Override public long remaining() { return list == null || i >= list.size ? 0 : i + 1; }
    }

    public static final class ArrayIterator extends Base {
        private final PyObject[] items;
        private final int n;
        private int i;
        public ArrayIterator(PyObject[] items, int n, PyType t) { super(t); this.items = items; this.n = n; }
        @Override public PyObject pyNext() { return i < n ? items[i++] : null; }
        @Override public PyObject reduce() {
            PyObject seq = type() == PyType.TUPLE_ITERATOR ? new PyTuple(java.util.Arrays.copyOf(items, n)) : null;
            if (seq == null) return super.reduce();
            return i < n ? reduceIter(seq, i) : reduceEmpty(PyTuple.EMPTY);
        }
        @Override public void setState(PyObject state) { i = (int) index(state, 0, n); }
        @Override public long remaining() { return n - i; }
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
        // The index CPython pickles counts code points; this iterator walks UTF-16 units.
        @Override public PyObject reduce() {
            String v = s.value;
            return i < v.length() ? reduceIter(s, v.codePointCount(0, i)) : reduceEmpty(PyStr.of(""));
        }
        @Override public void setState(PyObject state) {
            String v = s.value;
            i = v.offsetByCodePoints(0, (int) index(state, 0, v.codePointCount(0, v.length())));
        }
        @Override public long remaining() { return s.value.codePointCount(i, s.value.length()); }
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
        // iter(range) over what is left, at index 0: the same values as CPython's (range, index).
        @Override public PyObject reduce() {
            PyObject rest = new PyRange(next, next + remaining * step, step);
            return reduceIter(rest, 0);
        }
        @Override public void setState(PyObject state) {
            long skip = index(state, 0, remaining);
            next += skip * step;
            remaining -= skip;
        }
        @Override public long remaining() { return Math.max(0, remaining); }
    }

    /** kind 0 keys, 1 values, 2 items */
    public static final class DictIterator extends Base {
        private final PyDict d;
        private final int kind;
        private int i;
        private final int size;
        private final int version;
        public DictIterator(PyDict d, int kind) {
            super(kind == 0 ? PyType.DICT_KEYITERATOR : kind == 1 ? PyType.DICT_VALUEITERATOR : PyType.DICT_ITEMITERATOR);
            this.d = d; this.kind = kind; this.size = d.size(); this.version = d.keysVersion;
        }
        @Override public PyObject pyNext() {
            if (d.size() != size) { i = Integer.MAX_VALUE; throw Err.runtimeError("dictionary changed size during iteration"); }
            if (d.keysVersion != version) { i = Integer.MAX_VALUE; throw Err.runtimeError("dictionary keys changed during iteration"); }
            if (i >= d.used) return null;
            int e = d.nextEntry(i);
            if (e < 0) { i = d.used; return null; }
            i = e + 1;
            switch (kind) {
                case 0: return d.keys[e];
                case 1: return d.values[e];
                default: return new PyTuple(d.keys[e], d.values[e]);
            }
        }
        @Override public int pyLen() { return size; }
        @Override public PyObject reduce() { return reduceToList(copy()); }
        // 0 once the dict changed size, as CPython's dictiter_len
        @Override public long remaining() { return d.size() != size || d.keysVersion != version ? 0 : countRest(copy()); }
        private DictIterator copy() {
            DictIterator copy = new DictIterator(d, kind);
            copy.i = i;
            return copy;
        }
    }

    /** reversed(dict) and reversed(dict view): kind 0 keys, 1 values, 2 items, last entry first. */
    public static final class DictReverseIterator extends Base {
        private final PyDict d;
        private final int kind;
        private int i;
        private final int size;
        public DictReverseIterator(PyDict d, int kind) {
            super(kind == 0 ? PyType.DICT_REVERSEKEYITERATOR : kind == 1 ? PyType.DICT_REVERSEVALUEITERATOR : PyType.DICT_REVERSEITEMITERATOR);
            this.d = d; this.kind = kind; this.size = d.size(); this.i = d.used - 1;
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
        @Override public PyObject reduce() { return reduceToList(copy()); }
        @Override public long remaining() { return d.size() != size ? 0 : countRest(copy()); }
        private DictReverseIterator copy() {
            DictReverseIterator copy = new DictReverseIterator(d, kind);
            copy.i = i;
            return copy;
        }
    }

    public static final class SetIterator extends Base {
        private final PySet s;
        private int i;
        private final int size;
        public SetIterator(PySet s) { super(PyType.SET_ITERATOR); this.s = s; size = s.size(); }
        @Override public PyObject pyNext() {
            if (s.size() != size) { i = Integer.MAX_VALUE; throw Err.runtimeError("Set changed size during iteration"); }
            if (i > s.tableSize()) return null;
            int j = s.nextSlot(i);
            if (j < 0) { i = Integer.MAX_VALUE; return null; }
            i = j + 1;
            return s.slotKey(j);
        }
        @Override public PyObject reduce() { return reduceToList(copy()); }
        @Override public long remaining() { return s.size() != size ? 0 : countRest(copy()); }
        private SetIterator copy() {
            SetIterator copy = new SetIterator(s);
            copy.i = i;
            return copy;
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
        @Override public PyObject reduce() { return seq == null ? reduceEmpty(PyTuple.EMPTY) : reduceIter(seq, i); }
        @Override public void setState(PyObject state) { if (seq != null) i = index(state, 0, Long.MAX_VALUE); }
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
        @Override public PyObject reduce() {
            return fn == null ? reduceEmpty(PyTuple.EMPTY) : new PyTuple(ITER, new PyTuple(fn, sentinel));
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
        @Override public PyObject reduce() {
            return new PyTuple(PyType.ENUMERATE, new PyTuple(it, bigN != null ? bigN : PyInt.of(n)));
        }
    }

    public static final class Zip extends Base {
        private final PyObject[] its;
        private final boolean strict;
        private boolean done;
        private boolean strictNow;
        public Zip(PyObject[] its, boolean strict) { super(PyType.ZIP); this.its = its; this.strict = strict; this.strictNow = strict; }
        @Override public PyObject reduce() {
            PyTuple args = new PyTuple(its.clone());
            return strictNow ? new PyTuple(PyType.ZIP, args, PyBool.TRUE) : new PyTuple(PyType.ZIP, args);
        }
        @Override public void setState(PyObject state) { strictNow = Ops.isTrue(state); }
        @Override public PyObject pyNext() {
            if (done || its.length == 0) return null;
            PyObject[] out = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject x = Ops.next(its[i]);
                if (x == null) {
                    done = true;
                    if (strictNow) {
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
        @Override public PyObject reduce() {
            PyObject[] args = new PyObject[its.length + 1];
            args[0] = fn;
            System.arraycopy(its, 0, args, 1, its.length);
            return new PyTuple(PyType.MAP, new PyTuple(args));
        }
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
        @Override public PyObject reduce() { return new PyTuple(PyType.FILTER, new PyTuple(fn, it)); }
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
        @Override public PyObject pyNext() {
            if (i < 0) { exhausted = true; return null; }
            try {
                return Ops.getItem(seq, PyInt.of(i--));
            } catch (PyException e) {
                if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) { i = -1; exhausted = true; return null; }
                throw e;
            }
        }
        @Override public PyObject reduce() {
            return exhausted || i < 0 ? new PyTuple(PyType.REVERSED, new PyTuple(PyTuple.EMPTY))
                    : new PyTuple(PyType.REVERSED, new PyTuple(seq), PyInt.of(i));
        }
        @Override public void setState(PyObject state) {
            if (!exhausted) i = index(state, -1, Ops.len(seq) - 1);
        }
        /** reversed's __length_hint__ asks the sequence's length again (CPython's reversed_len). */
        void lengthHint() {
            if (!exhausted && !seq.type().builtin) Ops.len(seq);
        }
    }
}
