package org.herthon.interpreter.runtime;

import java.util.Arrays;

/** Insertion-ordered hash map with CPython's dict semantics (compact layout). */
public final class PyDict extends PyObject {
    /** Index slots hold entry index + 1; 0 is a free slot (so new arrays need no fill), -1 a deleted one. */
    private static final int FREE = 0, DUMMY = -1;
    private static final int[] NO_INDEX = new int[1];
    private static final PyObject[] NO_ENTRIES = new PyObject[0];
    private static final int[] NO_HASHES = new int[0];
    public PyObject[] keys;
    public PyObject[] values;
    private int[] hashes;
    private int[] index;
    /** entries used (including deleted holes) */
    public int used;
    private int size;
    /** Changes whenever a key is added or removed or the entry layout changes. */
    public int keysVersion;
    private final PyType cls;
    private PyDict dict;
    /** collections.defaultdict's default_factory (null: None). */
    public PyObject defaultFactory;

    public PyDict() {
        index = NO_INDEX;
        keys = NO_ENTRIES;
        values = NO_ENTRIES;
        hashes = NO_HASHES;
        cls = null;
        if (GcTracker.on) GcTracker.register(this);
    }
    public PyDict(int capacity) {
        int n = 8;
        while (n * 2 < capacity * 3) n <<= 1;
        index = new int[n];
        int cap = n * 2 / 3 + 1;
        keys = new PyObject[cap];
        values = new PyObject[cap];
        hashes = new int[cap];
        cls = null;
        if (GcTracker.on) GcTracker.register(this);
    }
    private PyDict(PyType cls, boolean sub) {
        index = NO_INDEX;
        keys = NO_ENTRIES;
        values = NO_ENTRIES;
        hashes = NO_HASHES;
        this.cls = cls == PyType.DICT ? null : cls;
        if (this.cls != null) dict = new PyDict();
    }
    public static PyDict ofType(PyType cls) { return new PyDict(cls, true); }

    /** Whether o is a dict and not an instance of a subclass (whose __getitem__/__setitem__ may be overridden). */
    public static boolean isExact(PyObject o) { return o instanceof PyDict && ((PyDict) o).cls == null; }

    @Override public PyType type() { return cls == null ? PyType.DICT : cls; }
    @Override public PyDict getDict() { return dict; }

    public int size() { return size; }

    private static int hashOf(PyObject key) {
        if (key instanceof PyStr) return (int) ((PyStr) key).pyHash();
        long h = Ops.hash(key);
        return (int) (h ^ (h >>> 32));
    }

    private int find(PyObject key, int h) {
        restart:
        while (true) {
            int[] idx = index;
            PyObject[] ks = keys;
            int mask = idx.length - 1;
            int i = h & mask;
            int perturb = h;
            while (true) {
                int ix = idx[i] - 1;
                if (ix == -1) return -1;
                if (ix >= 0) {
                    PyObject k = ks[ix];
                    if (k == key) return ix;
                    if (hashes[ix] == h) {
                        if (k instanceof PyStr && key instanceof PyStr) {
                            if (((PyStr) k).value.equals(((PyStr) key).value)) return ix;
                        } else {
                            boolean eq = Ops.eqBool(k, key);
                            // __eq__ may have changed this dict: start again unless the entry is still in place.
                            if (index != idx || keys != ks || ks[ix] != k) continue restart;
                            if (eq) return ix;
                        }
                    }
                }
                perturb >>>= 5;
                i = (i * 5 + perturb + 1) & mask;
            }
        }
    }

    private int findStr(String key, int h) {
        restart:
        while (true) {
            int[] idx = index;
            PyObject[] ks = keys;
            int mask = idx.length - 1;
            int i = h & mask;
            int perturb = h;
            while (true) {
                int ix = idx[i] - 1;
                if (ix == -1) return -1;
                if (ix >= 0 && hashes[ix] == h) {
                    PyObject k = ks[ix];
                    if (k instanceof PyStr) {
                        if (((PyStr) k).value.equals(key)) return ix;
                    } else {
                        boolean eq = Ops.eqBool(k, PyStr.of(key));
                        if (index != idx || keys != ks || ks[ix] != k) continue restart;
                        if (eq) return ix;
                    }
                }
                perturb >>>= 5;
                i = (i * 5 + perturb + 1) & mask;
            }
        }
    }

    private static int strHash(String s) { int h = s.hashCode(); return h == -1 ? -2 : h; }

    /** Index of the entry for a str key, or -1. Used by global-variable caches. */
    public int entryIndexStr(String key) { return findStr(key, strHash(key)); }

    public PyObject get(PyObject key) {
        int ix = find(key, hashOf(key));
        return ix < 0 ? null : values[ix];
    }
    public PyObject getStr(String key) {
        int ix = findStr(key, strHash(key));
        return ix < 0 ? null : values[ix];
    }
    public boolean containsKey(PyObject key) { return find(key, hashOf(key)) >= 0; }

    public void put(PyObject key, PyObject value) {
        int h = hashOf(key);
        int ix = find(key, h);
        if (ix >= 0) { values[ix] = value; return; }
        insertNew(key, h, value);
    }
    /** dict.setdefault: the key is hashed once (as CPython's, which test_setdefault_atomic counts). */
    public PyObject setDefault(PyObject key, PyObject dflt) {
        int h = hashOf(key);
        int ix = find(key, h);
        if (ix >= 0) return values[ix];
        insertNew(key, h, dflt);
        return dflt;
    }
    public void putStr(String key, PyObject value) {
        int h = strHash(key);
        int ix = findStr(key, h);
        if (ix >= 0) { values[ix] = value; return; }
        insertNew(PyStr.of(key), h, value);
    }
    public void putStr(PyStr key, PyObject value) {
        int h = (int) key.pyHash();
        int ix = findStr(key.value, h);
        if (ix >= 0) { values[ix] = value; return; }
        insertNew(key, h, value);
    }

    private void insertNew(PyObject key, int h, PyObject value) {
        if (used == keys.length || (used + 1) * 3 > index.length * 2) {
            if (keys.length == 0) {
                index = new int[8];
                keys = new PyObject[6];
                values = new PyObject[6];
                hashes = new int[6];
            } else {
                rebuild(Math.max(size + 1, 8) * 3);
            }
        }
        int e = used++;
        keys[e] = key;
        values[e] = value;
        hashes[e] = h;
        insertIndex(h, e);
        size++;
        keysVersion++;
    }

    private void insertIndex(int h, int e) {
        int[] idx = index;
        int mask = idx.length - 1;
        int i = h & mask;
        int perturb = h;
        while (idx[i] > 0) {
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        idx[i] = e + 1;
    }

    private void rebuild(int minIndex) {
        int n = 8;
        while (n < minIndex) n <<= 1;
        int cap = n * 2 / 3 + 1;
        PyObject[] nk = new PyObject[cap], nv = new PyObject[cap];
        int[] nh = new int[cap];
        int w = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) { nk[w] = keys[i]; nv[w] = values[i]; nh[w] = hashes[i]; w++; }
        }
        keys = nk; values = nv; hashes = nh; used = w;
        index = new int[n];
        for (int i = 0; i < w; i++) insertIndex(nh[i], i);
        keysVersion++;
    }

    /** Removes key; returns the old value or null. */
    public PyObject remove(PyObject key) {
        int h = hashOf(key);
        int ix = find(key, h);
        if (ix < 0) return null;
        return removeAt(ix, h);
    }
    public PyObject delStr(String key) {
        int h = strHash(key);
        int ix = findStr(key, h);
        if (ix < 0) return null;
        return removeAt(ix, h);
    }
    private PyObject removeAt(int ix, int h) {
        int[] idx = index;
        int mask = idx.length - 1;
        int i = h & mask;
        int perturb = h;
        while (idx[i] != ix + 1) {
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        idx[i] = DUMMY;
        PyObject old = values[ix];
        keys[ix] = null;
        values[ix] = null;
        size--;
        keysVersion++;
        return old;
    }

    public void clear() {
        index = NO_INDEX;
        keys = NO_ENTRIES; values = NO_ENTRIES; hashes = NO_HASHES;
        used = 0; size = 0;
        keysVersion++;
    }

    /** Removes and returns the last entry as {key, value}, or null when empty. */
    public PyObject[] popLast() {
        for (int i = used - 1; i >= 0; i--) {
            if (keys[i] != null) {
                PyObject k = keys[i], v = values[i];
                removeAt(i, hashes[i]);
                used = i;
                return new PyObject[]{k, v};
            }
        }
        return null;
    }

    /** Next live entry index at or after i, or -1. */
    public int nextEntry(int i) {
        while (i < used) { if (keys[i] != null) return i; i++; }
        return -1;
    }

    public PyDict copy() {
        PyDict d = new PyDict(size);
        for (int i = 0; i < used; i++) if (keys[i] != null) d.insertNew(keys[i], hashes[i], values[i]);
        return d;
    }

    public void update(PyDict other) {
        for (int i = 0; i < other.used; i++) if (other.keys[i] != null) {
            PyObject k = other.keys[i], v = other.values[i];
            int h = other.hashes[i];
            int ix = find(k, h);
            if (ix >= 0) values[ix] = v;
            else insertNew(k, h, v);
        }
    }

    @Override public String pyRepr() {
        if (size == 0) return "{}";
        if (!Ops.reprEnter(this)) return "{...}";
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int i = 0; i < used; i++) {
                PyObject k = keys[i], v = values[i];
                if (k == null) continue;
                if (!first) sb.append(", ");
                first = false;
                sb.append(Ops.repr(k)).append(": ").append(Ops.repr(v));
            }
            return sb.append('}').toString();
        } finally { Ops.reprLeave(this); }
    }
    @Override public boolean pyBool() { return size != 0; }
    @Override public boolean hasLen() { return true; }
    @Override public int pyLen() { return size; }
    @Override public long pyHash() { throw Err.typeError("unhashable type: '" + type().name + "'"); }
    @Override public PyObject pyRichCompare(PyObject other, int op) {
        if (!(other instanceof PyDict) || (op != Ops.EQ && op != Ops.NE)) return PyNotImplemented.INSTANCE;
        boolean eq = dictEquals((PyDict) other);
        return PyBool.of(op == Ops.EQ ? eq : !eq);
    }
    private boolean dictEquals(PyDict o) {
        if (o.size != size) return false;
        for (int i = 0; i < used; i++) {
            PyObject k = keys[i];
            if (k == null) continue;
            PyObject av = values[i];
            PyObject bv = o.get(k);
            if (bv == null) return false;
            if (bv != av && !Ops.eqBool(av, bv)) return false;
        }
        return true;
    }
    @Override public PyObject pyGetItem(PyObject key) {
        PyObject v = get(key);
        if (v == null) {
            if (cls != null) {
                PyObject missing = cls.lookup("__missing__");
                if (missing != null) return Ops.callMethodRaw(missing, this, new PyObject[]{key}, null);
            }
            throw Err.keyError(key);
        }
        return v;
    }
    @Override public void pySetItem(PyObject key, PyObject value) { put(key, value); }
    @Override public void pyDelItem(PyObject key) {
        if (remove(key) == null) throw Err.keyError(key);
    }
    @Override public int pyContains(PyObject item) { return containsKey(item) ? 1 : 0; }
    @Override public boolean isIterable() { return true; }
    @Override public PyObject pyIter() { return new Iterators.DictIterator(this, 0); }
}
