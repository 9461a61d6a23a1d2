package org.herthon.interpreter.runtime;

import java.util.Arrays;
import java.util.Comparator;

/** Methods of list, tuple, dict, set, frozenset, range, slice, bytes and views. */
public final class CollMethods {
    private CollMethods() {}

    static PyObject[] rest(PyObject[] a) { return Arrays.copyOfRange(a, 1, a.length); }

    static boolean lt(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) return ((PyInt) a).value < ((PyInt) b).value;
        if (a instanceof PyStr && b instanceof PyStr) return PyStr.compareCp(((PyStr) a).value, ((PyStr) b).value) < 0;
        return Ops.isTrue(Ops.richCompare(a, b, Ops.LT));
    }

    /**
     * list.sort as CPython does it, comparing only with '<' in the same order: runs are found with
     * count_run and extended by binary insertion (binarysort) to minrun, then merged (stable).
     * For lists shorter than 64 the sequence of comparisons is exactly CPython's.
     */
    public static void sort(PyObject[] items, int n, PyObject key, boolean reverse) {
        if (n < 2) return;
        PyObject[] keys;
        if (key == null || key == PyNone.INSTANCE) keys = items;
        else {
            keys = new PyObject[n];
            for (int i = 0; i < n; i++) keys[i] = key.call1(items[i]);
        }
        if (reverse) {
            reverseRange(keys, 0, n);
            if (keys != items) reverseRange(items, 0, n);
        }
        new Sorter(keys, keys == items ? null : items, n).sort();
        if (reverse) {
            reverseRange(keys, 0, n);
            if (keys != items) reverseRange(items, 0, n);
        }
    }

    static void reverseRange(PyObject[] a, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) { PyObject t = a[i]; a[i] = a[j]; a[j] = t; }
    }

    /** keys are compared; values (may be null) move along with them. */
    static final class Sorter {
        final PyObject[] keys, vals;
        final int n;
        Sorter(PyObject[] keys, PyObject[] vals, int n) { this.keys = keys; this.vals = vals; this.n = n; }

        static int minrun(int n) {
            int r = 0;
            while (n >= 64) { r |= n & 1; n >>= 1; }
            return n + r;
        }

        void sort() {
            int minrun = minrun(n);
            int lo = 0, remaining = n;
            java.util.ArrayList<int[]> runs = new java.util.ArrayList<>();
            while (remaining > 0) {
                boolean[] desc = new boolean[1];
                int r = countRun(lo, lo + remaining, desc);
                if (desc[0]) { reverseRange(keys, lo, lo + r); if (vals != null) reverseRange(vals, lo, lo + r); }
                if (r < minrun) {
                    int force = Math.min(remaining, minrun);
                    binarysort(lo, lo + force, lo + r);
                    r = force;
                }
                runs.add(new int[]{lo, r});
                lo += r;
                remaining -= r;
            }
            // merge adjacent runs pairwise until one remains (stable)
            while (runs.size() > 1) {
                java.util.ArrayList<int[]> next = new java.util.ArrayList<>();
                for (int i = 0; i + 1 < runs.size(); i += 2) {
                    int[] a = runs.get(i), b = runs.get(i + 1);
                    merge(a[0], a[1], b[1]);
                    next.add(new int[]{a[0], a[1] + b[1]});
                }
                if ((runs.size() & 1) == 1) next.add(runs.get(runs.size() - 1));
                runs = next;
            }
        }

        int countRun(int lo, int hi, boolean[] descending) {
            descending[0] = false;
            lo++;
            if (lo == hi) return 1;
            int k = 2;
            if (lt(keys[lo], keys[lo - 1])) {
                descending[0] = true;
                for (lo = lo + 1; lo < hi; lo++, k++) {
                    if (!lt(keys[lo], keys[lo - 1])) break;
                }
            } else {
                for (lo = lo + 1; lo < hi; lo++, k++) {
                    if (lt(keys[lo], keys[lo - 1])) break;
                }
            }
            return k;
        }

        void binarysort(int lo, int hi, int start) {
            if (lo == start) start++;
            for (; start < hi; start++) {
                int l = lo, r = start;
                PyObject pivot = keys[r];
                PyObject pv = vals == null ? null : vals[r];
                do {
                    int p = l + ((r - l) >> 1);
                    if (lt(pivot, keys[p])) r = p; else l = p + 1;
                } while (l < r);
                for (int p = start; p > l; p--) {
                    keys[p] = keys[p - 1];
                    if (vals != null) vals[p] = vals[p - 1];
                }
                keys[l] = pivot;
                if (vals != null) vals[l] = pv;
            }
        }

        void merge(int base, int na, int nb) {
            PyObject[] ak = java.util.Arrays.copyOfRange(keys, base, base + na);
            PyObject[] av = vals == null ? null : java.util.Arrays.copyOfRange(vals, base, base + na);
            int i = 0, j = base + na, end = base + na + nb, d = base;
            while (i < na && j < end) {
                if (lt(keys[j], ak[i])) {
                    keys[d] = keys[j];
                    if (vals != null) vals[d] = vals[j];
                    j++;
                } else {
                    keys[d] = ak[i];
                    if (vals != null) vals[d] = av[i];
                    i++;
                }
                d++;
            }
            while (i < na) {
                keys[d] = ak[i];
                if (vals != null) vals[d] = av[i];
                i++;
                d++;
            }
        }
    }

    static void init() {
        PyType.LIST.factory = PyList::new;
        PyType.LIST.solid = PyType.LIST;
        PyType.TUPLE.factory = cls -> new PyTuple.Sub(cls, PyObject.EMPTY);
        PyType.TUPLE.solid = PyType.TUPLE;
        PyType.DICT.factory = PyDict::ofType;
        PyType.DICT.solid = PyType.DICT;
        PyType.SET.factory = cls -> new PySet(false, cls);
        PyType.SET.solid = PyType.SET;
        PyType.FROZENSET.factory = cls -> new PySet(true, cls);
        PyType.FROZENSET.solid = PyType.FROZENSET;
        PyType.RANGE.baseAllowed = false;
        Slots.lazy(PyType.LIST, 10);
        Slots.lazy(PyType.TUPLE, 11);
        Slots.lazy(PyType.DICT, 12);
        Slots.lazy(PyType.SET, 13);
        Slots.lazy(PyType.FROZENSET, 14);
        Slots.lazy(PyType.RANGE, 15);
        Slots.lazy(PyType.SLICE, 16);
        Slots.lazy(PyType.BYTES, 17);
        PyType.BYTES.factory = cls -> new PyBytes.Sub(cls, new byte[0]);
        PyType.BYTES.solid = PyType.BYTES;
        PyType.BYTEARRAY.factory = PyByteArray::new;
        PyType.BYTEARRAY.solid = PyType.BYTEARRAY;
        Slots.lazy(PyType.BYTEARRAY, 20);
        Slots.lazy(PyMemoryView.TYPE, 21);
        for (PyType t : new PyType[]{PyType.DICT_KEYS, PyType.DICT_VALUES, PyType.DICT_ITEMS, PyType.MAPPINGPROXY}) Slots.lazy(t, 18);
    }

    static void listMethods() {
        PyType t = PyType.LIST;
        t.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> new PyList((PyType) a[0]))));
        Slots.def(t, "__init__", (a, k) -> {
            PyList self = (PyList) a[0];
            // list___init__: keywords are refused unless a subclass has a __new__ of its own (which may take them)
            if (self.type().lookup("__new__") == PyType.LIST.dict.getStr("__new__")) Args.noKw("list", k);
            else a = positional(a, k);
            if (a.length > 2) throw Err.typeError("list expected at most 1 argument, got " + (a.length - 1));
            self.items = PyObject.EMPTY;
            self.size = 0;
            if (a.length == 2) self.extend(a[1]);
            return PyNone.INSTANCE;
        });
        Slots.slots(t, "__repr__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iter__", "compare");
        t.dict.putStr("__hash__", PyNone.INSTANCE);
        Slots.arith(t, Arith.ADD, Arith.MUL);
        Slots.def2(t, "__iadd__", (self, o) -> { ((PyList) self).extend(o); return self; });
        Slots.def2(t, "__imul__", (self, o) -> Ops.inplace(self, o, Arith.MUL));
        Slots.def1(t, "__reversed__", self -> new Iterators.ReverseListIterator((PyList) self));
        Slots.def2(t, "append", (self, x) -> { ((PyList) self).append(x); return PyNone.INSTANCE; });
        Slots.def2(t, "extend", (self, x) -> {
            if (!Ops.isIterable(x)) throw Err.typeError("'" + x.type().name + "' object is not iterable");
            ((PyList) self).extend(x);
            return PyNone.INSTANCE;
        });
        Slots.def3(t, "insert", (self, i, x) -> { ((PyList) self).insert(Ops.index(i), x); return PyNone.INSTANCE; });
        Slots.def(t, "pop", (a, k) -> {
            Args.noKw("pop", k);
            if (a.length > 2) throw Err.typeError("pop expected at most 1 argument, got " + (a.length - 1));
            PyList l = (PyList) a[0];
            if (l.size == 0) throw Err.indexError("pop from empty list");
            long i = a.length > 1 ? Ops.index(a[1]) : l.size - 1;
            if (i < 0) i += l.size;
            if (i < 0 || i >= l.size) throw Err.indexError("pop index out of range");
            return l.remove((int) i);
        });
        Slots.def2(t, "remove", (self, x) -> {
            PyList l = (PyList) self;
            for (int i = 0; i < l.size; i++) {
                if (Ops.eqBool(l.items[i], x)) {
                    if (i < l.size) l.remove(i);   // __eq__ may have shortened the list
                    return PyNone.INSTANCE;
                }
            }
            throw Err.valueError("list.remove(x): x not in list");
        });
        Slots.def1(t, "clear", self -> { PyList l = (PyList) self; l.items = PyObject.EMPTY; l.size = 0; return PyNone.INSTANCE; });
        Slots.def1(t, "copy", self -> new PyList(((PyList) self).toArray()));
        Slots.def1(t, "reverse", self -> {
            PyList l = (PyList) self;
            for (int i = 0, j = l.size - 1; i < j; i++, j--) { PyObject x = l.items[i]; l.items[i] = l.items[j]; l.items[j] = x; }
            return PyNone.INSTANCE;
        });
        Slots.def2(t, "count", (self, x) -> {
            PyList l = (PyList) self;
            int c = 0;
            for (int i = 0; i < l.size; i++) if (l.items[i] == x || Ops.eqBool(l.items[i], x)) c++;
            return PyInt.of(c);
        });
        Slots.def(t, "index", (a, k) -> {
            PyList l = (PyList) a[0];
            Args.range("index", rest(a), 1, 3);
            int[] r = seqRange(l.size, a, 2);
            for (int i = r[0]; i < r[1] && i < l.size; i++) if (l.items[i] == a[1] || Ops.eqBool(l.items[i], a[1])) return PyInt.of(i);
            throw Err.valueError(Ops.repr(a[1]) + " is not in list");
        });
        Slots.def(t, "sort", (a, k) -> {
            if (a.length - (k == null ? 0 : k.length) > 1) throw Err.typeError("sort() takes no positional arguments");
            PyObject[] p = Args.bind("sort", rest(a), k, new String[]{"key", "reverse"}, 0, 0);
            PyList l = (PyList) a[0];
            PyObject[] items = l.items;
            int n = l.size;
            l.items = PyObject.EMPTY;
            l.size = 0;
            try {
                sort(items, n, p[0], p[1] != null && Ops.isTrue(p[1]));
            } finally {
                boolean modified = l.size != 0;
                l.items = items;
                l.size = n;
                if (modified) throw Err.valueError("list modified during sort");
            }
            return PyNone.INSTANCE;
        });
    }

    /** _PyEval_SliceIndex: an index that clips to the Java long range instead of overflowing. */
    static long clippedIndex(PyObject o) {
        PyObject v = Ops.indexObj(o);
        if (v instanceof PyInt) return ((PyInt) v).value;
        return ((PyBigInt) v).value.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** The positional part of a builtin's arguments (the keyword values come last). */
    static PyObject[] positional(PyObject[] a, String[] k) {
        return k == null || k.length == 0 ? a : java.util.Arrays.copyOf(a, a.length - k.length);
    }

    /** Whether cls's __init__ is object.__init__ (tp_init inherited from object). */
    static boolean initIsObjects(PyType cls) {
        return cls.lookup("__init__") == PyType.OBJECT.dict.getStr("__init__");
    }

    static int[] seqRange(int n, PyObject[] a, int from) {
        long start = 0, end = n;
        if (a.length > from) start = clippedIndex(a[from]);
        if (a.length > from + 1) end = clippedIndex(a[from + 1]);
        if (start < 0) { start += n; if (start < 0) start = 0; }
        if (end < 0) { end += n; if (end < 0) end = 0; }
        if (end > n) end = n;
        if (start > n) start = n;
        return new int[]{(int) start, (int) end};
    }

    static void tupleMethods() {
        PyType t = PyType.TUPLE;
        t.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            PyType cls = (PyType) a[0];
            if (cls == PyType.TUPLE || initIsObjects(cls)) Args.noKw("tuple", k);
            else a = positional(a, k);
            if (a.length > 2) throw Err.typeError("tuple expected at most 1 argument, got " + (a.length - 1));
            PyObject[] items = a.length == 2 ? Ops.toArray(a[1]).clone() : PyObject.EMPTY;
            if (cls == PyType.TUPLE) {
                if (a.length == 2 && a[1].getClass() == PyTuple.class) return a[1];
                return PyTuple.of(items);
            }
            return new PyTuple.Sub(cls, items);
        })));
        Slots.slots(t, "__repr__", "__hash__", "__len__", "__getitem__", "__contains__", "__iter__", "compare");
        Slots.arith(t, Arith.ADD, Arith.MUL);
        Slots.def2(t, "count", (self, x) -> {
            int c = 0;
            for (PyObject o : ((PyTuple) self).items) if (o == x || Ops.eqBool(o, x)) c++;
            return PyInt.of(c);
        });
        Slots.def(t, "index", (a, k) -> {
            PyObject[] items = ((PyTuple) a[0]).items;
            Args.range("index", rest(a), 1, 3);
            int[] r = seqRange(items.length, a, 2);
            for (int i = r[0]; i < r[1]; i++) if (items[i] == a[1] || Ops.eqBool(items[i], a[1])) return PyInt.of(i);
            throw Err.valueError("tuple.index(x): x not in tuple");
        });
        Slots.def1(t, "__getnewargs__", self -> new PyTuple(new PyTuple(((PyTuple) self).items)));
    }

    static void dictMethods() {
        PyType t = PyType.DICT;
        t.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> PyDict.ofType((PyType) a[0]))));
        Slots.def(t, "__init__", (a, k) -> {
            int nkw = k == null ? 0 : k.length;
            int npos = a.length - 1 - nkw;
            if (npos > 1) throw Err.typeError("dict expected at most 1 argument, got " + npos);
            PyObject[] kwv = Arrays.copyOfRange(a, a.length - nkw, a.length);
            Builtins0.dictUpdate((PyDict) a[0], npos == 1 ? a[1] : null, kwv, k);
            return PyNone.INSTANCE;
        });
        Slots.slots(t, "__repr__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iter__", "compare");
        t.dict.putStr("__hash__", PyNone.INSTANCE);
        Slots.def2(t, "__or__", (self, o) -> Arith.binary(Arith.OR, self, o));
        Slots.def2(t, "__ior__", (self, o) -> { Builtins0.dictUpdate((PyDict) self, o, null, null); return self; });
        Slots.def1(t, "keys", self -> new PyDictView((PyDict) self, 0));
        Slots.def1(t, "values", self -> new PyDictView((PyDict) self, 1));
        Slots.def1(t, "items", self -> new PyDictView((PyDict) self, 2));
        Slots.def(t, "get", (a, k) -> {
            Args.noKw("get", k);
            Args.range("get", rest(a), 1, 2);
            PyObject v = ((PyDict) a[0]).get(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : PyNone.INSTANCE;
        });
        Slots.def(t, "setdefault", (a, k) -> {
            Args.range("setdefault", rest(a), 1, 2);
            return ((PyDict) a[0]).setDefault(a[1], a.length > 2 ? a[2] : PyNone.INSTANCE);
        });
        Slots.def(t, "pop", (a, k) -> {
            Args.range("pop", rest(a), 1, 2);
            PyObject v = ((PyDict) a[0]).remove(a[1]);
            if (v != null) return v;
            if (a.length > 2) return a[2];
            throw Err.keyError(a[1]);
        });
        Slots.def1(t, "popitem", self -> {
            PyObject[] kv = ((PyDict) self).popLast();
            if (kv == null) throw Err.keyError("popitem(): dictionary is empty");
            return new PyTuple(kv[0], kv[1]);
        });
        Slots.def(t, "update", (a, k) -> {
            int nkw = k == null ? 0 : k.length;
            int npos = a.length - 1 - nkw;
            if (npos > 1) throw Err.typeError("update expected at most 1 argument, got " + npos);
            Builtins0.dictUpdate((PyDict) a[0], npos == 1 ? a[1] : null, Arrays.copyOfRange(a, a.length - nkw, a.length), k);
            return PyNone.INSTANCE;
        });
        Slots.def1(t, "clear", self -> { ((PyDict) self).clear(); return PyNone.INSTANCE; });
        Slots.def1(t, "copy", self -> ((PyDict) self).copy());
        Slots.def1(t, "__reversed__", self -> new Iterators.DictReverseIterator((PyDict) self, 0));
        Slots.defClass(t, "fromkeys", (a, k) -> {
            PyObject d = a[0].call0();
            PyObject v = a.length > 2 ? a[2] : PyNone.INSTANCE;
            for (PyObject key : Ops.toArray(a[1])) Ops.setItem(d, key, v);
            return d;
        });
    }

    private static boolean viewsDone;

    static synchronized void viewMethods() {
        if (viewsDone) return;
        viewsDone = true;
        for (PyType t : new PyType[]{PyType.DICT_KEYS, PyType.DICT_VALUES, PyType.DICT_ITEMS, PyType.MAPPINGPROXY}) t.lazyInit = null;
        for (PyType vt : new PyType[]{PyType.DICT_KEYS, PyType.DICT_VALUES, PyType.DICT_ITEMS}) {
            Slots.slots(vt, "__repr__", "__len__", "__iter__", "__contains__", "compare");
            Slots.def1(vt, "__reversed__", self -> new Iterators.DictReverseIterator(((PyDictView) self).d, ((PyDictView) self).kind));
            vt.dict.putStr("mapping", new PyGetSet(vt, "mapping", self -> new PyMappingProxy(((PyDictView) self).d)));
            if (vt != PyType.DICT_VALUES) {
                Slots.arith(vt, Arith.AND, Arith.OR, Arith.SUB, Arith.XOR);
                Slots.def2(vt, "isdisjoint", (self, o) -> PyBool.of(PySet.from(self, false).intersection(o).size() == 0));
            }
        }
        PyType mp = PyType.MAPPINGPROXY;
        Slots.slots(mp, "__repr__", "__len__", "__getitem__", "__iter__", "__contains__");
        mp.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            PyObject[] p = Args.bind("mappingproxy", rest(a), k, new String[]{"mapping"}, 1, 1);
            return PyMappingProxy.create(p[0]);
        })));
        Slots.slots(mp, "compare", "__str__");
        for (String n : new String[]{"keys", "values", "items", "copy"}) {
            final int kind = n.equals("keys") ? 0 : n.equals("values") ? 1 : n.equals("items") ? 2 : 3;
            Slots.def1(mp, n, self -> {
                PyMappingProxy p = (PyMappingProxy) self;
                if (p.d != null) return kind == 3 ? p.d.copy() : new PyDictView(p.d, kind);
                return Ops.getAttr(p.m, n).call0();
            });
        }
        Slots.def(mp, "get", (a, k) -> {
            PyMappingProxy p = (PyMappingProxy) a[0];
            if (p.d == null) return Ops.getAttr(p.m, "get").call(rest(a), k);
            PyObject v = p.d.get(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : PyNone.INSTANCE;
        });
        Slots.def2(mp, "__or__", (self, o) -> Ops.binary(((PyMappingProxy) self).m, o instanceof PyMappingProxy ? ((PyMappingProxy) o).m : o, Arith.OR));
        Slots.def1(mp, "__reversed__", self -> Ops.getAttr(((PyMappingProxy) self).m, "__reversed__").call0());
    }

    private static PySet set(PyObject o) { return (PySet) o; }

    static void setMethods(PyType t) {
        {
            boolean frozen = t == PyType.FROZENSET;
            t.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
                PyType cls = (PyType) a[0];
                // set_new refuses keywords for set itself only; frozenset_new also for subclasses without an __init__
                if (cls == t || (frozen && initIsObjects(cls))) Args.noKw(t.name, k);
                else a = positional(a, k);
                if (frozen && a.length > 2) throw Err.typeError(cls.name + " expected at most 1 argument, got " + (a.length - 1));
                if (frozen && cls == PyType.FROZENSET && a.length == 2 && a[1].type() == PyType.FROZENSET) return a[1];
                PySet s = new PySet(frozen, cls);
                if (!frozen) return s;
                if (frozen && a.length == 2) s.update(a[1]);
                return s;
            })));
            if (!frozen) {
                Slots.def(t, "__init__", (a, k) -> {
                    Args.noKw("set", k);
                    if (a.length > 2) throw Err.typeError(a[0].type().name + " expected at most 1 argument, got " + (a.length - 1));
                    PySet s = set(a[0]);
                    s.clear();
                    if (a.length == 2) s.update(a[1]);
                    return PyNone.INSTANCE;
                });
            }
            Slots.slots(t, "__repr__", "__len__", "__contains__", "__iter__", "compare");
            if (frozen) Slots.slots(t, "__hash__");
            else t.dict.putStr("__hash__", PyNone.INSTANCE);
            Slots.arith(t, Arith.AND, Arith.OR, Arith.SUB, Arith.XOR);
            Slots.def1(t, "copy", self -> frozen && self.type() == PyType.FROZENSET ? self : set(self).copyAs(set(self).frozen));
            // set_reduce: (type, (list of the items,), the state __getstate__ gives)
            Slots.def1(t, "__reduce__", self -> {
                PyList items = new PyList();
                PySet so = set(self);
                for (int i = so.nextSlot(0); i >= 0; i = so.nextSlot(i + 1)) items.append(so.slotKey(i));
                PyObject state = Ops.getAttr(self, "__getstate__").call(PyObject.EMPTY, null);
                return new PyTuple(self.type(), new PyTuple(items), state);
            });
            Slots.def(t, "union", (a, k) -> {
                PySet r = set(a[0]).copyAs(frozen);
                for (int i = 1; i < a.length; i++) r.update(a[i]);
                return r;
            });
            Slots.def(t, "intersection", (a, k) -> {
                PySet r = set(a[0]).copyAs(frozen);
                for (int i = 1; i < a.length; i++) r = r.intersection(a[i]);
                return r;
            });
            Slots.def(t, "difference", (a, k) -> {
                PySet r = set(a[0]).copyAs(frozen);
                for (int i = 1; i < a.length; i++) r = r.difference(a[i]);
                return r;
            });
            Slots.def2(t, "symmetric_difference", (self, o) -> set(self).symmetricDifference(o));
            Slots.def2(t, "issubset", (self, o) -> PyBool.of(set(self).isSubset(o instanceof PySet ? set(o) : PySet.from(o, false))));
            Slots.def2(t, "issuperset", (self, o) -> PyBool.of((o instanceof PySet ? set(o) : PySet.from(o, false)).isSubset(set(self))));
            Slots.def2(t, "isdisjoint", (self, o) -> PyBool.of(set(self).intersection(o).size() == 0));
            if (!frozen) {
                Slots.def2(t, "add", (self, x) -> { set(self).add(x); return PyNone.INSTANCE; });
                Slots.def2(t, "remove", (self, x) -> {
                    if (!set(self).discardOrFrozen(x)) throw Err.keyError(x);
                    return PyNone.INSTANCE;
                });
                Slots.def2(t, "discard", (self, x) -> { set(self).discardOrFrozen(x); return PyNone.INSTANCE; });
                Slots.def1(t, "pop", self -> set(self).pop());
                Slots.def1(t, "clear", self -> { set(self).clear(); return PyNone.INSTANCE; });
                Slots.def(t, "update", (a, k) -> { for (int i = 1; i < a.length; i++) set(a[0]).update(a[i]); return PyNone.INSTANCE; });
                Slots.def(t, "intersection_update", (a, k) -> { for (int i = 1; i < a.length; i++) set(a[0]).intersectionUpdate(a[i]); return PyNone.INSTANCE; });
                Slots.def(t, "difference_update", (a, k) -> { for (int i = 1; i < a.length; i++) set(a[0]).differenceUpdate(a[i]); return PyNone.INSTANCE; });
                Slots.def2(t, "symmetric_difference_update", (self, o) -> { set(self).symmetricDifferenceUpdate(o); return PyNone.INSTANCE; });
                Slots.def2(t, "__ior__", (self, o) -> { set(self).update(o); return self; });
                Slots.def2(t, "__iand__", (self, o) -> { set(self).intersectionUpdate(o); return self; });
                Slots.def2(t, "__isub__", (self, o) -> { set(self).differenceUpdate(o); return self; });
                Slots.def2(t, "__ixor__", (self, o) -> { set(self).symmetricDifferenceUpdate(o); return self; });
            }
        }
    }

    static void rangeMethods() {
        PyType t = PyType.RANGE;
        t.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            Args.noKw("range", k);
            PyObject[] r = rest(a);
            Args.range("range", r, 1, 3);
            PyObject[] ix = new PyObject[r.length];
            boolean big = false;
            for (int i = 0; i < r.length; i++) { ix[i] = Ops.indexObj(r[i]); if (ix[i] instanceof PyBigInt) big = true; }
            if (big) {
                java.math.BigInteger z = java.math.BigInteger.ZERO, one = java.math.BigInteger.ONE;
                if (r.length == 1) return new PyRange.Big(z, Arith.big(ix[0]), one);
                return new PyRange.Big(Arith.big(ix[0]), Arith.big(ix[1]), r.length == 3 ? Arith.big(ix[2]) : one);
            }
            if (r.length == 1) return new PyRange(0, ((PyInt) ix[0]).value, 1);
            long step = r.length == 3 ? ((PyInt) ix[2]).value : 1;
            return new PyRange(((PyInt) ix[0]).value, ((PyInt) ix[1]).value, step);
        })));
        Slots.slots(t, "__repr__", "__hash__", "__len__", "__getitem__", "__contains__", "__iter__", "compare");
        Slots.def1(t, "__reversed__", self -> {
            PyRange r = (PyRange) self;
            return new Iterators.RangeIterator(r.start + (r.length - 1) * r.step, -r.step, r.length);
        });
        PyGetSet.add(t, "start", self -> self instanceof PyRange ? PyInt.of(((PyRange) self).start) : ((PyRange.Big) self).start());
        PyGetSet.add(t, "stop", self -> self instanceof PyRange ? PyInt.of(((PyRange) self).stop) : ((PyRange.Big) self).stop());
        PyGetSet.add(t, "step", self -> self instanceof PyRange ? PyInt.of(((PyRange) self).step) : ((PyRange.Big) self).step());
        Slots.def2(t, "count", (self, x) -> PyInt.of(Ops.contains(self, x) ? 1 : 0));
        Slots.def2(t, "index", (self, x) -> {
            PyRange r = (PyRange) self;
            if (!Arith.isInt(x) || !Ops.contains(self, x)) throw Err.valueError(Ops.repr(x) + " is not in range");
            return PyInt.of((((PyInt) x).value - r.start) / r.step);
        });
    }

    static void sliceMethods() {
        PyType s = PyType.SLICE;
        PyGetSet.add(s, "start", self -> ((PySlice) self).start);
        PyGetSet.add(s, "stop", self -> ((PySlice) self).stop);
        PyGetSet.add(s, "step", self -> ((PySlice) self).step);
        s.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            PyObject[] r = rest(a);
            Args.range("slice", r, 1, 3);
            if (r.length == 1) return new PySlice(PyNone.INSTANCE, r[0], PyNone.INSTANCE);
            return new PySlice(r[0], r[1], r.length > 2 ? r[2] : PyNone.INSTANCE);
        })));
        Slots.slots(s, "__repr__", "compare");
        Slots.def2(s, "indices", (self, n) -> {
            long[] r = ((PySlice) self).indices(Ops.index(n));
            return new PyTuple(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
        });
    }

    static void bytesMethods() {
        PyType t = PyType.BYTES;
        t.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            PyType cls = (PyType) a[0];
            if (cls != PyType.BYTES) {
                PyObject[] a2 = a.clone();
                a2[0] = PyType.BYTES;
                PyObject base = PyType.BYTES.lookup("__new__") instanceof PyStaticMethod sm ? sm.func.call(a2, k) : null;
                return new PyBytes.Sub(cls, ((PyBytes) base).data);
            }
            PyObject[] p = Args.bind("bytes", rest(a), k, new String[]{"source", "encoding", "errors"}, 0, 3);
            if (p[0] == null) {
                if (p[1] != null || p[2] != null) throw Err.typeError(p[1] != null ? "encoding without a string argument" : "errors without a string argument");
                return new PyBytes(new byte[0]);
            }
            PyObject x = p[0];
            if (x instanceof PyBytes && x.type() == PyType.BYTES && p[1] == null && p[2] == null) return x;
            if (p[1] == null && p[2] == null && !(x instanceof PyStr) && BytesMethods.bufferOrNull(x) == null) {
                PyObject f = x.type().lookup("__bytes__");
                if (f != null) {
                    PyObject r = Ops.callDunder(f, x);
                    if (!(r instanceof PyBytes)) throw Err.typeError("__bytes__ returned non-bytes (type " + r.type().name + ")");
                    return r;
                }
            }
            return new PyBytes(BytesMethods.fromSource(x, p[1], p[2], "bytes"));
        })));
        Slots.slots(t, "__repr__", "__hash__", "__len__", "__getitem__", "__contains__", "__iter__", "compare");
        Slots.arith(t, Arith.ADD, Arith.MUL);
        BytesMethods.install(t);
    }
}
