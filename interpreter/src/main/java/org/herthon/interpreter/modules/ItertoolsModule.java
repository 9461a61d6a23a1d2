package org.herthon.interpreter.modules;

import java.util.ArrayList;
import java.util.List;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/** itertools: functions creating iterators for efficient looping (CPython's Modules/itertoolsmodule.c). */
public final class ItertoolsModule implements JavaModule {
    @Override public String name() { return "itertools"; }

    private static final String M = "itertools";
    private static final PyObject NONE = PyNone.INSTANCE;

    // ---- the types (immutable, shared by all interpreters) ---------------------------------------
    static final PyType COUNT = Types.builtinType("count", M, PyType.OBJECT, null, ItertoolsModule::newCount);
    static final PyType CYCLE = Types.builtinType("cycle", M, PyType.OBJECT, null, (a, k) -> {
        PyObject[] p = bindNoKw("cycle", a, k, 1, 1);
        return new Cycle((PyType) a[0], Ops.iter(p[0]));
    });
    static final PyType REPEAT = Types.builtinType("repeat", M, PyType.OBJECT, null, (a, k) -> {
        PyObject[] p = Args.bind("repeat", Types.rest(a), k, new String[]{"object", "times"}, 1, 2);
        long n = -1;
        if (p[1] != null) { n = Ops.index(p[1]); if (n < 0) n = 0; }
        return new Repeat((PyType) a[0], p[0], n);
    });
    static final PyType ACCUMULATE = Types.builtinType("accumulate", M, PyType.OBJECT, null, (a, k) -> {
        PyObject[] p = Args.bind("accumulate", Types.rest(a), k, new String[]{"iterable", "func", "initial"}, 1, 2);
        return new Accumulate((PyType) a[0], Ops.iter(p[0]), p[1] == NONE ? null : p[1], p[2] == NONE ? null : p[2]);
    });
    static final PyType CHAIN = Types.builtinType("chain", M, PyType.OBJECT, null, (a, k) -> {
        noKw("chain", (PyType) a[0], ItertoolsModule.CHAIN, k);
        return new Chain((PyType) a[0], Ops.iter(new PyTuple(Types.rest(a))));
    });
    static final PyType COMPRESS = Types.builtinType("compress", M, PyType.OBJECT, null, (a, k) -> {
        PyObject[] p = Args.bind("compress", Types.rest(a), k, new String[]{"data", "selectors"}, 2, 2);
        return new Compress((PyType) a[0], Ops.iter(p[0]), Ops.iter(p[1]));
    });
    static final PyType DROPWHILE = predType("dropwhile", 0);
    static final PyType TAKEWHILE = predType("takewhile", 1);
    static final PyType FILTERFALSE = predType("filterfalse", 2);
    static final PyType GROUPBY = Types.builtinType("groupby", M, PyType.OBJECT, null, (a, k) -> {
        PyObject[] p = Args.bind("groupby", Types.rest(a), k, new String[]{"iterable", "key"}, 1, 2);
        return new GroupBy((PyType) a[0], Ops.iter(p[0]), p[1] == null || p[1] == NONE ? null : p[1]);
    });
    static final PyType GROUPER = Types.builtinType("_grouper", M, PyType.OBJECT, null, (a, k) -> {
        PyObject[] p = bindNoKw("_grouper", a, k, 2, 2);
        if (!(p[0] instanceof GroupBy)) throw Err.typeError("_grouper() argument 1 must be itertools.groupby, not " + p[0].type().name);
        Grouper g = new Grouper((GroupBy) p[0], p[1]);
        ((GroupBy) p[0]).currgrouper = g;
        return g;
    });
    static final PyType ISLICE = Types.builtinType("islice", M, PyType.OBJECT, null, ItertoolsModule::newIslice);
    static final PyType PAIRWISE = Types.builtinType("pairwise", M, PyType.OBJECT, null, (a, k) -> {
        PyObject[] p = bindNoKw("pairwise", a, k, 1, 1);
        return new Pairwise((PyType) a[0], Ops.iter(p[0]));
    });
    static final PyType STARMAP = Types.builtinType("starmap", M, PyType.OBJECT, null, (a, k) -> {
        PyObject[] p = bindNoKw("starmap", a, k, 2, 2);
        return new Starmap((PyType) a[0], p[0], Ops.iter(p[1]));
    });
    static final PyType TEE = Types.builtinType("_tee", M, PyType.OBJECT, null, (a, k) -> {
        PyObject[] p = bindNoKw("_tee", a, k, 1, 1);
        return Tee.from(p[0]);
    });
    static final PyType TEE_DATA = Types.builtinType("_tee_dataobject", M, PyType.OBJECT, null, (a, k) -> {
        PyObject[] p = bindNoKw("_tee_dataobject", a, k, 3, 3);
        if (!(p[1] instanceof PyList)) throw Err.typeError("_tee_dataobject() argument 2 must be list, not " + p[1].type().name);
        if (p[2] != NONE) throw Err.valueError("_tee_dataobject should have no next link");
        return new TeeDataObject(p[0], ((PyList) p[1]).toArray());
    });
    static final PyType ZIP_LONGEST = Types.builtinType("zip_longest", M, PyType.OBJECT, null, (a, k) -> {
        PyObject fill = NONE;
        int nk = k == null ? 0 : k.length;
        for (int i = 0; i < nk; i++) {
            if (!k[i].equals("fillvalue")) throw Err.typeError("zip_longest() got an unexpected keyword argument '" + k[i] + "'");
            fill = a[a.length - nk + i];
        }
        PyObject[] its = new PyObject[a.length - 1 - nk];
        for (int i = 0; i < its.length; i++) {
            its[i] = Ops.iter(a[i + 1]);
        }
        return new ZipLongest((PyType) a[0], its, fill);
    });
    static final PyType PRODUCT = Types.builtinType("product", M, PyType.OBJECT, null, (a, k) -> {
        long repeat = 1;
        int nk = k == null ? 0 : k.length;
        for (int i = 0; i < nk; i++) {
            if (!k[i].equals("repeat")) throw Err.typeError("product() got an unexpected keyword argument '" + k[i] + "'");
            repeat = Ops.index(a[a.length - nk + i]);
            if (repeat < 0) throw Err.valueError("repeat argument cannot be negative");
        }
        int n = a.length - 1 - nk;
        PyObject[][] base = new PyObject[n][];
        for (int i = 0; i < n; i++) base[i] = Ops.toArray(a[i + 1]);
        if (n > 0 && repeat > Integer.MAX_VALUE / n) throw Err.overflow("repeat argument too large");
        PyObject[][] pools = new PyObject[(int) (n * repeat)][];
        for (int r = 0; r < repeat; r++) System.arraycopy(base, 0, pools, r * n, n);
        return new Product((PyType) a[0], pools);
    });
    static final PyType PERMUTATIONS = Types.builtinType("permutations", M, PyType.OBJECT, null, (a, k) -> {
        PyObject[] p = Args.bind("permutations", Types.rest(a), k, new String[]{"iterable", "r"}, 1, 2);
        PyObject[] pool = Ops.toArray(p[0]);
        int r = pool.length;
        if (p[1] != null && p[1] != NONE) {
            if (!Arith.isInt(p[1])) throw Err.typeError("Expected int as r");
            long rr = Ops.index(p[1]);
            if (rr < 0) throw Err.valueError("r must be non-negative");
            r = (int) Math.min(rr, Integer.MAX_VALUE);
        }
        return new Permutations((PyType) a[0], pool, r);
    });
    static final PyType COMBINATIONS = combType("combinations", false);
    static final PyType COMBINATIONS_WR = combType("combinations_with_replacement", true);

    static {
        for (PyType t : new PyType[]{COUNT, CYCLE, REPEAT, ACCUMULATE, CHAIN, COMPRESS, DROPWHILE, TAKEWHILE, FILTERFALSE, GROUPBY,
                GROUPER, ISLICE, PAIRWISE, STARMAP, TEE, ZIP_LONGEST, PRODUCT, PERMUTATIONS, COMBINATIONS, COMBINATIONS_WR}) {
            Types.slots(t, "__iter__", "__next__");
        }
        Types.slots(COUNT, "__repr__");
        Types.slots(REPEAT, "__repr__");
        Types.def1(REPEAT, "__length_hint__", self -> {
            Repeat r = (Repeat) self;
            if (r.times < 0) throw Err.typeError("len() of unsized object");
            return PyInt.of(r.times);
        });
        Types.defClass(CHAIN, "from_iterable", (a, k) -> {
            PyObject[] p = Args.bind("from_iterable", Types.rest(a), k, new String[]{"iterable"}, 1, 1);
            return new Chain((PyType) a[0], Ops.iter(p[0]));
        });
        Types.def1(TEE, "__copy__", self -> ((Tee) self).copy());
        Pickling.install();
    }

    private static PyObject[] bindNoKw(String name, PyObject[] a, String[] k, int min, int max) {
        PyType cls = (PyType) a[0];
        if (k != null && k.length > 0 && cls.builtin) throw Err.typeError(name + "() takes no keyword arguments");
        PyObject[] r = Types.rest(a);
        if (k != null && k.length > 0) r = java.util.Arrays.copyOf(r, r.length - k.length);
        if (r.length < min || r.length > max) {
            if (min == max) throw Err.typeError(name + " expected " + min + " argument" + (min == 1 ? "" : "s") + ", got " + r.length);
            Args.range(name, r, min, max);
        }
        return r;
    }

    private static void noKw(String name, PyType cls, PyType exact, String[] k) {
        if (k != null && k.length > 0 && cls == exact) throw Err.typeError(name + "() takes no keyword arguments");
    }

    private static PyType predType(String name, int kind) {
        return Types.builtinType(name, M, PyType.OBJECT, null, (a, k) -> {
            PyObject[] p = bindNoKw(name, a, k, 2, 2);
            return new Pred((PyType) a[0], kind, p[0], Ops.iter(p[1]));
        });
    }

    private static PyType combType(String name, boolean repl) {
        return Types.builtinType(name, M, PyType.OBJECT, null, (a, k) -> {
            PyObject[] p = Args.bind(name, Types.rest(a), k, new String[]{"iterable", "r"}, 2, 2);
            PyObject[] pool = Ops.toArray(p[0]);
            long r = Ops.index(p[1]);
            if (r < 0) throw Err.valueError("r must be non-negative");
            return new Combinations((PyType) a[0], pool, (int) Math.min(r, Integer.MAX_VALUE), repl);
        });
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule(M);
        m.dict.putStr("__doc__", PyStr.of("Functional tools for creating and using iterators."));
        for (PyType t : new PyType[]{ACCUMULATE, CHAIN, COMBINATIONS, COMBINATIONS_WR, COMPRESS, COUNT, CYCLE, DROPWHILE,
                FILTERFALSE, GROUPBY, ISLICE, PAIRWISE, PERMUTATIONS, PRODUCT, REPEAT, STARMAP, TAKEWHILE, ZIP_LONGEST}) {
            m.dict.putStr(t.name, t);
        }
        m.dict.putStr("_grouper", GROUPER);
        m.dict.putStr("_tee", TEE);
        m.dict.putStr("_tee_dataobject", TEE_DATA);
        PyBuiltinFunction tee = PyBuiltinFunction.of("tee", (a, k) -> {
            Args.noKw("tee", k);
            Args.range("tee", a, 1, 2);
            long n = a.length > 1 ? Ops.index(a[1]) : 2;
            if (n < 0) throw Err.valueError("n must be >= 0");
            PyObject[] out = new PyObject[(int) n];
            if (n == 0) return PyTuple.EMPTY;
            PyObject it = Ops.iter(a[0]);
            PyObject copy = Ops.getAttrOrNull(it, "__copy__");
            PyObject first = copy != null ? it : Tee.from(it);
            out[0] = first;
            PyObject cf = copy != null ? copy : Ops.getAttr(first, "__copy__");
            for (int i = 1; i < n; i++) out[i] = cf.call0();
            return new PyTuple(out);
        });
        tee.module = PyStr.of(M);
        m.dict.putStr("tee", tee);
        return m;
    }

    // ---- count -----------------------------------------------------------------------------
    private static PyObject newCount(PyObject[] a, String[] k) {
        PyObject[] p = Args.bind("count", Types.rest(a), k, new String[]{"start", "step"}, 0, 2);
        PyObject start = p[0] == null ? PyInt.of(0) : p[0];
        PyObject step = p[1] == null ? PyInt.of(1) : p[1];
        if (!isNumberLike(start) || !isNumberLike(step)) throw Err.typeError("a number is required");
        return new Count((PyType) a[0], start, step);
    }

    private static boolean isNumberLike(PyObject o) {
        if (Arith.isNumber(o) || o instanceof PyComplex) return true;
        PyType t = o.type();
        return t.lookup("__add__") != null && !(o instanceof PyStr) && !(o instanceof PyList) && !(o instanceof PyTuple) && !(o instanceof PyBytes)
                && (t.lookup("__int__") != null || t.lookup("__float__") != null || t.lookup("__index__") != null || t.lookup("__complex__") != null || !t.builtin);
    }

    static final class Count extends Types.Iter {
        PyObject cnt;
        final PyObject step;
        Count(PyType cls, PyObject start, PyObject step) { super(cls, COUNT); this.cnt = start; this.step = step; }
        @Override public PyObject pyNext() {
            PyObject r = cnt;
            cnt = Ops.add(cnt, step);
            return r;
        }
        @Override public String pyRepr() {
            String n = type().name;
            if (step.getClass() == PyInt.class && ((PyInt) step).value == 1) return n + "(" + Ops.repr(cnt) + ")";
            return n + "(" + Ops.repr(cnt) + ", " + Ops.repr(step) + ")";
        }
    }

    static final class Cycle extends Types.Iter {
        PyObject it;
        final List<PyObject> saved = new ArrayList<>();
        int index;
        boolean firstPass = true;
        Cycle(PyType cls, PyObject it) { super(cls, CYCLE); this.it = it; }
        @Override public PyObject pyNext() {
            if (it != null) {
                PyObject x = Ops.next(it);
                if (x != null) {
                    if (firstPass) saved.add(x);
                    return x;
                }
                it = null;
                firstPass = false;
            }
            if (saved.isEmpty()) return null;
            PyObject r = saved.get(index);
            index = (index + 1) % saved.size();
            return r;
        }
    }

    static final class Repeat extends Types.Iter {
        final PyObject element;
        long times;
        Repeat(PyType cls, PyObject e, long times) { super(cls, REPEAT); this.element = e; this.times = times; }
        @Override public PyObject pyNext() {
            if (times == 0) return null;
            if (times > 0) times--;
            return element;
        }
        @Override public String pyRepr() {
            if (times < 0) return type().name + "(" + Ops.repr(element) + ")";
            return type().name + "(" + Ops.repr(element) + ", " + times + ")";
        }
    }

    static final class Accumulate extends Types.Iter {
        final PyObject it, func;
        PyObject total, initial;
        Accumulate(PyType cls, PyObject it, PyObject func, PyObject initial) { super(cls, ACCUMULATE); this.it = it; this.func = func; this.initial = initial; }
        @Override public PyObject pyNext() {
            if (initial != null) {
                total = initial;
                initial = null;
                return total;
            }
            PyObject v = Ops.next(it);
            if (v == null) return null;
            if (total == null) total = v;
            else total = func == null ? Ops.add(total, v) : func.call2(total, v);
            return total;
        }
    }

    static final class Chain extends Types.Iter {
        PyObject source, active;
        Chain(PyType cls, PyObject source) { super(cls, CHAIN); this.source = source; }
        @Override public PyObject pyNext() {
            while (source != null) {
                if (active == null) {
                    PyObject iterable = Ops.next(source);
                    if (iterable == null) { source = null; return null; }
                    active = Ops.iter(iterable);
                }
                PyObject x = Ops.next(active);
                if (x != null) return x;
                active = null;
            }
            return null;
        }
    }

    static final class Compress extends Types.Iter {
        PyObject data, sel;
        Compress(PyType cls, PyObject data, PyObject sel) { super(cls, COMPRESS); this.data = data; this.sel = sel; }
        @Override public PyObject pyNext() {
            while (true) {
                PyObject d = Ops.next(data);
                if (d == null) return null;
                PyObject s = Ops.next(sel);
                if (s == null) return null;
                if (Ops.isTrue(s)) return d;
            }
        }
    }

    /** dropwhile (0), takewhile (1), filterfalse (2). */
    static final class Pred extends Types.Iter {
        final int kind;
        final PyObject func, it;
        boolean flag;
        Pred(PyType cls, int kind, PyObject func, PyObject it) {
            super(cls, kind == 0 ? DROPWHILE : kind == 1 ? TAKEWHILE : FILTERFALSE);
            this.kind = kind; this.func = func; this.it = it;
        }
        @Override public PyObject pyNext() {
            switch (kind) {
                case 0: {
                    while (true) {
                        PyObject x = Ops.next(it);
                        if (x == null) return null;
                        if (flag) return x;
                        if (!Ops.isTrue(func.call1(x))) { flag = true; return x; }
                    }
                }
                case 1: {
                    if (flag) return null;
                    PyObject x = Ops.next(it);
                    if (x == null) return null;
                    if (Ops.isTrue(func.call1(x))) return x;
                    flag = true;
                    return null;
                }
                default: {
                    while (true) {
                        PyObject x = Ops.next(it);
                        if (x == null) return null;
                        boolean ok = func == NONE ? Ops.isTrue(x) : Ops.isTrue(func.call1(x));
                        if (!ok) return x;
                    }
                }
            }
        }
    }

    static final class GroupBy extends Types.Iter {
        final PyObject it, keyfunc;
        PyObject tgtkey, currkey, currvalue;
        Grouper currgrouper;
        GroupBy(PyType cls, PyObject it, PyObject keyfunc) { super(cls, GROUPBY); this.it = it; this.keyfunc = keyfunc; }
        boolean step() {
            PyObject v = Ops.next(it);
            if (v == null) return false;
            PyObject k = keyfunc == null ? v : keyfunc.call1(v);
            currvalue = v;
            currkey = k;
            return true;
        }
        @Override public PyObject pyNext() {
            currgrouper = null;
            while (true) {
                if (currkey == null) {
                    // pass
                } else if (tgtkey == null) {
                    break;
                } else if (!Ops.eqBool(tgtkey, currkey)) {
                    break;
                }
                if (!step()) return null;
            }
            tgtkey = currkey;
            Grouper g = new Grouper(this, tgtkey);
            currgrouper = g;
            return new PyTuple(currkey, g);
        }
    }

    static final class Grouper extends Types.Iter {
        final GroupBy parent;
        final PyObject tgtkey;
        Grouper(GroupBy parent, PyObject tgtkey) { super(GROUPER, GROUPER); this.parent = parent; this.tgtkey = tgtkey; }
        @Override public PyObject pyNext() {
            GroupBy g = parent;
            if (g.currgrouper != this) return null;
            if (g.currvalue == null) {
                if (!g.step()) return null;
            }
            if (!Ops.eqBool(tgtkey, g.currkey)) return null;
            PyObject r = g.currvalue;
            g.currvalue = null;
            return r;
        }
    }

    // ---- islice ------------------------------------------------------------------------------
    private static final long MAXSIZE = Long.MAX_VALUE;

    private static long sliceArg(PyObject o, long dflt, String msg) {
        if (o == NONE) return dflt;
        long v;
        try {
            if (!Ops.hasIndex(o)) throw Err.valueError(msg);
            PyObject i = Ops.indexObj(o);
            if (i instanceof PyBigInt) v = ((PyBigInt) i).value.signum() < 0 ? -1 : MAXSIZE;
            else v = ((PyInt) i).value;
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) throw Err.valueError(msg);
            throw e;
        }
        if (v < 0) throw Err.valueError(msg);
        return v;
    }

    private static PyObject newIslice(PyObject[] a, String[] k) {
        PyType cls = (PyType) a[0];
        if (k != null && k.length > 0 && cls == ISLICE) throw Err.typeError("islice() takes no keyword arguments");
        PyObject[] r = Types.rest(a);
        if (r.length < 2 || r.length > 4) {
            if (r.length < 2) throw Err.typeError("islice expected at least 2 arguments, got " + r.length);
            throw Err.typeError("islice expected at most 4 arguments, got " + r.length);
        }
        long start = 0, stop, step = 1;
        if (r.length == 2) {
            stop = sliceArg(r[1], -1, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        } else {
            String msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            start = sliceArg(r[1], 0, msg);
            stop = sliceArg(r[2], -1, msg);
            if (r.length == 4) {
                if (r[3] == NONE) step = 1;
                else {
                    try {
                        step = Ops.index(r[3]);
                    } catch (PyException e) {
                        if (e.matches(PyExc.TypeError)) step = -1;
                        else throw e;
                    }
                    if (step < 1) throw Err.valueError("Step for islice() must be a positive integer or None.");
                }
            }
        }
        return new Islice(cls, Ops.iter(r[0]), start, stop, step);
    }

    static final class Islice extends Types.Iter {
        PyObject it;
        long next, stop, step, cnt;
        Islice(PyType cls, PyObject it, long start, long stop, long step) { super(cls, ISLICE); this.it = it; this.next = start; this.stop = stop; this.step = step; }
        @Override public PyObject pyNext() {
            if (it == null) return null;
            while (cnt < next) {
                PyObject x = Ops.next(it);
                if (x == null) { it = null; return null; }
                cnt++;
            }
            if (stop != -1 && cnt >= stop) { it = null; return null; }
            PyObject x = Ops.next(it);
            if (x == null) { it = null; return null; }
            cnt++;
            long old = next;
            next += step;
            if (next < old || (stop != -1 && next > stop)) next = stop;
            return x;
        }
    }

    static final class Pairwise extends Types.Iter {
        PyObject it, old;
        Pairwise(PyType cls, PyObject it) { super(cls, PAIRWISE); this.it = it; }
        @Override public PyObject pyNext() {
            if (it == null) return null;
            if (old == null) {
                old = Ops.next(it);
                if (old == null) { it = null; return null; }
            }
            PyObject n = Ops.next(it);
            if (n == null) { it = null; old = null; return null; }
            PyObject r = new PyTuple(old, n);
            old = n;
            return r;
        }
    }

    static final class Starmap extends Types.Iter {
        final PyObject func, it;
        Starmap(PyType cls, PyObject func, PyObject it) { super(cls, STARMAP); this.func = func; this.it = it; }
        @Override public PyObject pyNext() {
            PyObject args = Ops.next(it);
            if (args == null) return null;
            PyObject[] a = args instanceof PyTuple ? ((PyTuple) args).items : Ops.toArray(args);
            return func.call(a, null);
        }
    }

    // ---- tee ----------------------------------------------------------------------------------
    /** The buffer shared by tee iterators: a linked list of filled nodes. */
    static final class TeeData {
        final PyObject it;
        /** A value is being fetched (by another thread, or by the source calling back into a tee). */
        volatile boolean running;
        TeeData(PyObject it) { this.it = it; }

        PyObject fetch() {
            if (running) throw Err.make(PyExc.RuntimeError, "cannot re-enter the tee iterator");
            running = true;
            try {
                return Ops.next(it);
            } finally {
                running = false;
            }
        }
    }

    static final class Node {
        PyObject value;
        Node next;
    }

    /** What a tee pickles its buffer as (CPython's _tee_dataobject): the source and the values read ahead. */
    static final class TeeDataObject extends PyObject {
        final PyObject it;
        final PyObject[] values;
        TeeDataObject(PyObject it, PyObject[] values) { this.it = it; this.values = values; }
        @Override public PyType type() { return TEE_DATA; }
    }

    static final class Tee extends Types.Iter {
        TeeData data;
        Node pos; // the node holding the next value (filled lazily)
        Tee(TeeData data, Node pos) { super(TEE, TEE); this.data = data; this.pos = pos; }
        static Tee from(PyObject iterable) {
            PyObject it = Ops.iter(iterable);
            if (it instanceof Tee) return ((Tee) it).copy();
            return new Tee(new TeeData(it), new Node());
        }
        Tee copy() { return new Tee(data, pos); }
        /** The source and the values fetched from it that this tee has not returned yet. */
        TeeDataObject dataObject() {
            List<PyObject> values = new ArrayList<>();
            for (Node n = pos; n.next != null; n = n.next) values.add(n.value);
            return new TeeDataObject(data.it, values.toArray(new PyObject[0]));
        }
        /** Continues from a pickled data object, index values into it. */
        void restore(TeeDataObject d, int index) {
            TeeData fresh = new TeeData(d.it);
            Node first = new Node();
            Node n = first;
            for (PyObject v : d.values) {
                n.value = v;
                n.next = new Node();
                n = n.next;
            }
            data = fresh;
            pos = first;
            for (int i = 0; i < index; i++) pos = pos.next;
        }
        @Override public PyObject pyNext() {
            Node n = pos;
            if (n.next == null) {
                PyObject v = data.fetch();
                if (v == null) return null;
                if (n.next == null) {
                    n.value = v;
                    n.next = new Node();
                }
            }
            pos = n.next;
            return n.value;
        }
    }

    static final class ZipLongest extends Types.Iter {
        final PyObject[] its;
        PyObject fill;
        int active;
        boolean done;
        ZipLongest(PyType cls, PyObject[] its, PyObject fill) { super(cls, ZIP_LONGEST); this.its = its; this.fill = fill; this.active = its.length; }
        @Override public PyObject pyNext() {
            if (its.length == 0 || done) return null;
            PyObject[] out = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                if (its[i] == null) { out[i] = fill; continue; }
                PyObject x = Ops.next(its[i]);
                if (x == null) {
                    active--;
                    if (active == 0) { done = true; return null; }
                    its[i] = null;
                    out[i] = fill;
                } else out[i] = x;
            }
            return new PyTuple(out);
        }
    }

    // ---- combinatorics ------------------------------------------------------------------------
    static final class Product extends Types.Iter {
        final PyObject[][] pools;
        int[] indices;
        boolean stopped;
        Product(PyType cls, PyObject[][] pools) {
            super(cls, PRODUCT);
            this.pools = pools;
            for (PyObject[] p : pools) if (p.length == 0) stopped = true;
        }
        @Override public PyObject pyNext() {
            if (stopped) return null;
            int n = pools.length;
            if (indices == null) {
                indices = new int[n];
            } else {
                int i = n - 1;
                while (i >= 0) {
                    indices[i]++;
                    if (indices[i] < pools[i].length) break;
                    indices[i] = 0;
                    i--;
                }
                if (i < 0) { stopped = true; return null; }
            }
            PyObject[] out = new PyObject[n];
            for (int i = 0; i < n; i++) out[i] = pools[i][indices[i]];
            return new PyTuple(out);
        }
    }

    static final class Combinations extends Types.Iter {
        final PyObject[] pool;
        final int r;
        final boolean repl;
        int[] indices;
        boolean stopped;
        Combinations(PyType cls, PyObject[] pool, int r, boolean repl) {
            super(cls, repl ? COMBINATIONS_WR : COMBINATIONS);
            this.pool = pool; this.r = r; this.repl = repl;
            if (repl ? (pool.length == 0 && r > 0) : r > pool.length) stopped = true;
        }
        @Override public PyObject pyNext() {
            if (stopped) return null;
            int n = pool.length;
            if (indices == null) {
                indices = new int[r];
                if (!repl) for (int i = 0; i < r; i++) indices[i] = i;
            } else if (!repl) {
                int i = r - 1;
                while (i >= 0 && indices[i] == i + n - r) i--;
                if (i < 0) { stopped = true; return null; }
                indices[i]++;
                for (int j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
            } else {
                int i = r - 1;
                while (i >= 0 && indices[i] == n - 1) i--;
                if (i < 0) { stopped = true; return null; }
                int v = indices[i] + 1;
                for (int j = i; j < r; j++) indices[j] = v;
            }
            PyObject[] out = new PyObject[r];
            for (int i = 0; i < r; i++) out[i] = pool[indices[i]];
            return new PyTuple(out);
        }
    }

    static final class Permutations extends Types.Iter {
        final PyObject[] pool;
        final int r;
        int[] indices, cycles;
        boolean stopped, first = true;
        Permutations(PyType cls, PyObject[] pool, int r) {
            super(cls, PERMUTATIONS);
            this.pool = pool; this.r = r;
            int n = pool.length;
            if (r > n) stopped = true;
            else {
                indices = new int[n];
                for (int i = 0; i < n; i++) indices[i] = i;
                cycles = new int[r];
                for (int i = 0; i < r; i++) cycles[i] = n - i;
            }
        }
        @Override public PyObject pyNext() {
            if (stopped) return null;
            int n = pool.length;
            if (first) {
                first = false;
            } else {
                if (n == 0) { stopped = true; return null; }
                int i = r - 1;
                for (; i >= 0; i--) {
                    cycles[i]--;
                    if (cycles[i] == 0) {
                        int idx = indices[i];
                        System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                        indices[n - 1] = idx;
                        cycles[i] = n - i;
                    } else {
                        int j = cycles[i];
                        int tmp = indices[i];
                        indices[i] = indices[n - j];
                        indices[n - j] = tmp;
                        break;
                    }
                }
                if (i < 0) { stopped = true; return null; }
            }
            PyObject[] out = new PyObject[r];
            for (int i = 0; i < r; i++) out[i] = pool[indices[i]];
            return new PyTuple(out);
        }
    }

    // ---- pickling and copying: __reduce__ and __setstate__ as CPython 3.11's ------------------------
    /**
     * What copy and pickle use to rebuild an iterator where it stands: its type and constructor
     * arguments, and for some a state given to __setstate__ (CPython 3.11's reductions, so the
     * pickles hold the same calls). A consumed source iterator is pickled as what it has left.
     */
    static final class Pickling {
        private Pickling() {}

        static PyTuple call(PyObject callable, PyObject... args) { return new PyTuple(callable, new PyTuple(args)); }
        static PyTuple withState(PyObject callable, PyTuple args, PyObject state) { return new PyTuple(callable, args, state); }
        static PyObject orNone(PyObject o) { return o == null ? NONE : o; }

        static void install() {
            Types.def1(COUNT, "__reduce__", self -> {
                Count c = (Count) self;
                boolean unitStep = c.step.getClass() == PyInt.class && ((PyInt) c.step).value == 1;
                return unitStep ? call(c.type(), c.cnt) : call(c.type(), c.cnt, c.step);
            });
            Types.def1(CYCLE, "__reduce__", self -> {
                Cycle c = (Cycle) self;
                PyList saved = new PyList();
                for (PyObject x : c.saved) saved.append(x);
                if (c.it == null) {
                    Iterators.ListIterator rest = new Iterators.ListIterator(saved);
                    rest.setState(PyInt.of(c.index));
                    return withState(c.type(), new PyTuple(rest), new PyTuple(saved, PyBool.TRUE));
                }
                return withState(c.type(), new PyTuple(c.it), new PyTuple(saved, PyBool.of(!c.firstPass)));
            });
            setState(CYCLE, (self, state) -> {
                Cycle c = (Cycle) self;
                PyObject[] st = stateArgs(state, 2, 2);
                if (!(st[0] instanceof PyList)) throw Err.typeError("argument 1 must be list, not " + st[0].type().name);
                boolean complete = Ops.index(st[1]) != 0;
                c.saved.clear();
                for (PyObject x : Ops.toArray(st[0])) c.saved.add(x);
                c.firstPass = !complete;
                c.index = 0;
            });
            Types.def1(REPEAT, "__reduce__", self -> {
                Repeat r = (Repeat) self;
                return r.times < 0 ? call(r.type(), r.element) : call(r.type(), r.element, PyInt.of(r.times));
            });
            Types.def1(ACCUMULATE, "__reduce__", self -> {
                Accumulate a = (Accumulate) self;
                PyObject func = orNone(a.func);
                if (a.initial != null) {
                    PyObject it = new Chain(CHAIN, Ops.iter(new PyTuple(new PyTuple(a.initial), a.it)));
                    return withState(a.type(), new PyTuple(it, func), NONE);
                }
                if (a.total == NONE) {
                    // A running total that is None itself: the state cannot say it, so start again from it and skip it.
                    PyObject it = new Chain(CHAIN, Ops.iter(new PyTuple(new PyTuple(NONE), a.it)));
                    PyObject again = new Accumulate(a.type(), it, a.func, null);
                    return call(ISLICE, again, PyInt.ONE, NONE);
                }
                return withState(a.type(), new PyTuple(a.it, func), orNone(a.total));
            });
            setState(ACCUMULATE, (self, state) -> ((Accumulate) self).total = state == NONE ? null : state);
            Types.def1(CHAIN, "__reduce__", self -> {
                Chain c = (Chain) self;
                if (c.source == null) return call(c.type());
                PyObject state = c.active != null ? new PyTuple(c.source, c.active) : new PyTuple(c.source);
                return withState(c.type(), PyTuple.EMPTY, state);
            });
            setState(CHAIN, (self, state) -> {
                Chain c = (Chain) self;
                PyObject[] st = stateArgs(state, 1, 2);
                if (!st[0].isIterator() || st.length > 1 && !st[1].isIterator()) throw Err.typeError("Arguments must be iterators.");
                c.source = st[0];
                c.active = st.length > 1 ? st[1] : null;
            });
            Types.def1(COMPRESS, "__reduce__", self -> call(self.type(), ((Compress) self).data, ((Compress) self).sel));
            for (PyType t : new PyType[]{DROPWHILE, TAKEWHILE}) {
                Types.def1(t, "__reduce__", self -> {
                    Pred p = (Pred) self;
                    return withState(p.type(), new PyTuple(p.func, p.it), PyBool.of(p.flag));
                });
                setState(t, (self, state) -> ((Pred) self).flag = Ops.isTrue(state));
            }
            Types.def1(FILTERFALSE, "__reduce__", self -> call(self.type(), ((Pred) self).func, ((Pred) self).it));
            Types.def1(STARMAP, "__reduce__", self -> call(self.type(), ((Starmap) self).func, ((Starmap) self).it));
            Types.def1(GROUPBY, "__reduce__", self -> {
                GroupBy g = (GroupBy) self;
                PyTuple args = new PyTuple(g.it, orNone(g.keyfunc));
                if (g.tgtkey != null && g.currkey != null && g.currvalue != null) {
                    return withState(g.type(), args, new PyTuple(g.currkey, g.currvalue, g.tgtkey));
                }
                return new PyTuple(g.type(), args);
            });
            setState(GROUPBY, (self, state) -> {
                GroupBy g = (GroupBy) self;
                PyObject[] st = stateArgs(state, 3, 3);
                g.currkey = st[0];
                g.currvalue = st[1];
                g.tgtkey = st[2];
                g.currgrouper = null;
            });
            Types.def1(GROUPER, "__reduce__", self -> {
                Grouper g = (Grouper) self;
                if (g.parent.currgrouper != g) return new PyTuple(Iterators.ITER, new PyTuple(PyTuple.EMPTY));
                return call(GROUPER, g.parent, g.tgtkey);
            });
            Types.def1(ISLICE, "__reduce__", self -> {
                Islice i = (Islice) self;
                if (i.it == null) {
                    PyObject empty = new Iterators.ListIterator(new PyList());
                    return withState(i.type(), new PyTuple(empty, PyInt.ZERO), PyInt.ZERO);
                }
                PyObject stop = i.stop == -1 ? NONE : PyInt.of(i.stop);
                return withState(i.type(), new PyTuple(i.it, PyInt.of(i.next), stop, PyInt.of(i.step)), PyInt.of(i.cnt));
            });
            setState(ISLICE, (self, state) -> ((Islice) self).cnt = Ops.index(state));
            Types.def1(ZIP_LONGEST, "__reduce__", self -> {
                ZipLongest z = (ZipLongest) self;
                PyObject[] args = new PyObject[z.its.length];
                for (int i = 0; i < args.length; i++) args[i] = z.its[i] == null ? PyTuple.EMPTY : z.its[i];
                return withState(z.type(), new PyTuple(args), z.fill);
            });
            setState(ZIP_LONGEST, (self, state) -> ((ZipLongest) self).fill = state);
            Types.def1(TEE, "__reduce__", self -> {
                Tee t = (Tee) self;
                return withState(t.type(), new PyTuple(PyTuple.EMPTY), new PyTuple(t.dataObject(), PyInt.ZERO));
            });
            setState(TEE, (self, state) -> {
                PyObject[] st = stateArgs(state, 2, 2);
                if (!(st[0] instanceof TeeDataObject)) throw Err.typeError("state is not a _tee_dataobject");
                long index = Ops.index(st[1]);
                TeeDataObject d = (TeeDataObject) st[0];
                if (index < 0 || index > d.values.length) throw Err.valueError("Index out of range");
                ((Tee) self).restore(d, (int) index);
            });
            Types.def1(TEE_DATA, "__reduce__", self -> {
                TeeDataObject d = (TeeDataObject) self;
                return call(TEE_DATA, d.it, new PyList(d.values.clone()), NONE);
            });
            Types.def1(PRODUCT, "__reduce__", self -> {
                Product p = (Product) self;
                if (p.stopped) return call(p.type(), (PyObject) PyTuple.EMPTY);
                PyObject[] pools = new PyObject[p.pools.length];
                for (int i = 0; i < pools.length; i++) pools[i] = new PyTuple(p.pools[i]);
                if (p.indices == null) return new PyTuple(p.type(), new PyTuple(pools));
                return withState(p.type(), new PyTuple(pools), ints(p.indices, p.indices.length));
            });
            setState(PRODUCT, (self, state) -> {
                Product p = (Product) self;
                PyObject[] st = stateTuple(state, p.pools.length, p.pools.length);
                int[] indices = new int[st.length];
                for (int i = 0; i < st.length; i++) {
                    if (p.pools[i].length == 0) { p.stopped = true; return; }
                    indices[i] = (int) Math.max(0, Math.min(p.pools[i].length - 1, Ops.index(st[i])));
                }
                p.indices = indices;
            });
            for (PyType t : new PyType[]{COMBINATIONS, COMBINATIONS_WR}) {
                Types.def1(t, "__reduce__", self -> {
                    Combinations c = (Combinations) self;
                    PyObject r = PyInt.of(c.r);
                    if (c.indices == null) return call(c.type(), new PyTuple(c.pool), r);
                    if (c.stopped) return call(c.type(), (PyObject) PyTuple.EMPTY, r);
                    return withState(c.type(), new PyTuple(new PyTuple(c.pool), r), ints(c.indices, c.r));
                });
                setState(t, (self, state) -> {
                    Combinations c = (Combinations) self;
                    PyObject[] st = stateTuple(state, c.r, c.r);
                    int n = c.pool.length;
                    int[] indices = new int[c.r];
                    for (int i = 0; i < c.r; i++) {
                        long max = c.repl ? n - 1 : i + n - c.r;
                        indices[i] = (int) Math.max(0, Math.min(max, Ops.index(st[i])));
                    }
                    c.indices = indices;
                });
            }
            Types.def1(PERMUTATIONS, "__reduce__", self -> {
                Permutations p = (Permutations) self;
                PyObject r = PyInt.of(p.r);
                if (p.first) return call(p.type(), new PyTuple(p.pool), r);
                if (p.stopped) return call(p.type(), (PyObject) PyTuple.EMPTY, r);
                return withState(p.type(), new PyTuple(new PyTuple(p.pool), r),
                        new PyTuple(ints(p.indices, p.indices.length), ints(p.cycles, p.r)));
            });
            setState(PERMUTATIONS, (self, state) -> {
                Permutations p = (Permutations) self;
                PyObject[] st = stateTuple(state, 2, 2);
                int n = p.pool.length;
                PyObject[] indices = Ops.toArray(st[0]);
                PyObject[] cycles = Ops.toArray(st[1]);
                if (indices.length != n || cycles.length != p.r) throw Err.valueError("invalid arguments");
                for (int i = 0; i < n; i++) p.indices[i] = (int) Math.max(0, Math.min(n - 1, Ops.index(indices[i])));
                for (int i = 0; i < p.r; i++) p.cycles[i] = (int) Math.max(1, Math.min(n - i, Ops.index(cycles[i])));
                p.first = false;
            });
        }

        private interface SetState {
            void set(PyObject self, PyObject state);
        }

        private static void setState(PyType t, SetState impl) {
            Types.def2(t, "__setstate__", (self, state) -> {
                impl.set(self, state);
                return NONE;
            });
        }

        /** A state tuple whose length the type checks itself (ValueError, as CPython's product and permutations do). */
        private static PyObject[] stateTuple(PyObject state, int min, int max) {
            if (!(state instanceof PyTuple)) throw Err.typeError("state is not a tuple");
            PyObject[] st = ((PyTuple) state).items;
            if (st.length < min || st.length > max) throw Err.valueError("invalid arguments");
            return st;
        }

        /** A state tuple read as arguments (TypeError on a wrong count, as CPython's PyArg_ParseTuple gives). */
        private static PyObject[] stateArgs(PyObject state, int min, int max) {
            if (!(state instanceof PyTuple)) throw Err.typeError("state is not a tuple");
            PyObject[] st = ((PyTuple) state).items;
            if (st.length < min || st.length > max) {
                String count = min == max ? "exactly " + min : st.length < min ? "at least " + min : "at most " + max;
                throw Err.typeError("function takes " + count + " argument" + ((min == max ? min : st.length < min ? min : max) == 1 ? "" : "s")
                        + " (" + st.length + " given)");
            }
            return st;
        }

        private static PyTuple ints(int[] values, int n) {
            PyObject[] out = new PyObject[n];
            for (int i = 0; i < n; i++) out[i] = PyInt.of(values[i]);
            return new PyTuple(out);
        }
    }
}
