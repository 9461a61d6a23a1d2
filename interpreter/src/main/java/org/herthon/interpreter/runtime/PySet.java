package org.herthon.interpreter.runtime;

/** set and frozenset, with CPython's hash table layout so iteration order matches CPython. */
public final class PySet extends PyObject {
    private static final PyObject DUMMY = new PyObject() { public PyType type() { return PyType.OBJECT; } };
    private static final int MINSIZE = 8, LINEAR_PROBES = 9;
    PyObject[] table;
    long[] hashes;
    int mask;
    int fill, used;
    int finger;
    public final boolean frozen;
    private final PyType cls;
    private PyDict dict;
    private long cachedHash = -1;

    public PySet(boolean frozen) {
        if (GcTracker.on) GcTracker.register(this);
        this.frozen = frozen;
        this.cls = null;
        table = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
    }
    public PySet(boolean frozen, PyType cls) {
        this.frozen = frozen;
        this.cls = (cls == PyType.SET || cls == PyType.FROZENSET) ? null : cls;
        if (this.cls != null) dict = new PyDict();
        table = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
    }

    @Override public PyType type() { return cls != null ? cls : frozen ? PyType.FROZENSET : PyType.SET; }
    @Override public PyDict getDict() { return dict; }
    public int size() { return used; }

    private static boolean keyEq(PyObject a, PyObject b) {
        if (a == b) return true;
        if (a instanceof PyStr && b instanceof PyStr) return ((PyStr) a).value.equals(((PyStr) b).value);
        return Ops.eqBool(a, b);
    }

    public void add(PyObject key) { addEntry(key, Ops.hash(key)); }

    void addEntry(PyObject key, long hash) {
        while (true) {
            int m = mask;
            int i = (int) (hash & m);
            long perturb = hash;
            int freeslot = -1;
            PyObject[] t = table;
            long[] hs = hashes;
            boolean restart = false;
            outer:
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = t[j];
                    if (k == null) {
                        if (freeslot >= 0) {
                            used++;
                            t[freeslot] = key;
                            hs[freeslot] = hash;
                            return;
                        }
                        fill++;
                        used++;
                        t[j] = key;
                        hs[j] = hash;
                        if ((long) fill * 5 < (long) m * 3) return;
                        resize(used > 50000 ? used * 2 : used * 4);
                        return;
                    }
                    if (k == DUMMY) {
                        if (freeslot < 0) freeslot = j;
                    } else if (hs[j] == hash) {
                        if (k == key) return;
                        boolean eq = keyEq(k, key);
                        if (t != table || t[j] != k) { restart = true; break outer; }
                        if (eq) return;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
            if (!restart) return;
        }
    }

    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) newsize <<= 1;
        PyObject[] old = table;
        long[] oldh = hashes;
        table = new PyObject[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        fill = used;
        for (int i = 0; i < old.length; i++) {
            PyObject k = old[i];
            if (k != null && k != DUMMY) insertClean(k, oldh[i]);
        }
    }

    private void insertClean(PyObject key, long hash) {
        PyObject[] t = table;
        int m = mask;
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            if (t[i] == null) { t[i] = key; hashes[i] = hash; return; }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (t[i + j] == null) { t[i + j] = key; hashes[i + j] = hash; return; }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** Slot index of key, or -1. Starts again when a key's __eq__ changed the table (as set_lookkey does). */
    private int findSlot(PyObject key, long hash) {
        restart:
        while (true) {
            PyObject[] t = table;
            long[] hs = hashes;
            int m = mask;
            int i = (int) (hash & m);
            long perturb = hash;
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = t[j];
                    if (k == null) return -1;
                    if (k != DUMMY && hs[j] == hash) {
                        if (k == key) return j;
                        boolean eq = keyEq(k, key);
                        if (t != table || t[j] != k) continue restart;
                        if (eq) return j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    public boolean contains(PyObject key) { return findSlot(key, Ops.hash(key)) >= 0; }
    boolean containsEntry(PyObject key, long hash) { return findSlot(key, hash) >= 0; }

    public boolean discard(PyObject key) { return discardEntry(key, Ops.hash(key)); }
    boolean discardEntry(PyObject key, long hash) {
        int j = findSlot(key, hash);
        if (j < 0) return false;
        table[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    public void clear() {
        table = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = used = 0;
    }

    public PyObject pop() {
        if (used == 0) throw Err.keyError("pop from an empty set");
        int i = finger & mask;
        while (table[i] == null || table[i] == DUMMY) {
            i++;
            if (i > mask) i = 0;
        }
        PyObject k = table[i];
        table[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return k;
    }

    /** Next live slot index at or after i, or -1. */
    public int nextSlot(int i) {
        while (i <= mask) { PyObject k = table[i]; if (k != null && k != DUMMY) return i; i++; }
        return -1;
    }
    public PyObject slotKey(int i) { return table[i]; }
    public long slotHash(int i) { return hashes[i]; }
    public int tableSize() { return mask + 1; }

    /** set_update_internal */
    public void update(PyObject other) {
        if (other instanceof PySet) { merge((PySet) other); return; }
        if (other instanceof PyDict && other.type() == PyType.DICT) {
            PyDict d = (PyDict) other;
            int n = d.size();
            if ((long) (fill + n) * 5 >= (long) mask * 3) resize((used + n) * 2);
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) add(d.keys[i]);
            return;
        }
        PyObject it = Ops.iter(other);
        PyObject x;
        while ((x = Ops.next(it)) != null) add(x);
    }

    private void merge(PySet other) {
        if (other == this || other.used == 0) return;
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) resize((used + other.used) * 2);
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int i = 0; i <= other.mask; i++) {
                PyObject k = other.table[i];
                if (k != null) { table[i] = k; hashes[i] = other.hashes[i]; }
            }
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                PyObject k = other.table[i];
                if (k != null && k != DUMMY) insertClean(k, other.hashes[i]);
            }
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            PyObject k = other.table[i];
            if (k != null && k != DUMMY) addEntry(k, other.hashes[i]);
        }
    }

    public PySet copyAs(boolean frozenResult) {
        PySet s = new PySet(frozenResult);
        s.merge(this);
        return s;
    }

    public static PySet from(PyObject iterable, boolean frozen) {
        PySet s = new PySet(frozen);
        s.update(iterable);
        return s;
    }

    // ---- set algebra, mirroring CPython's iteration orders ------------------------------
    public PySet union(PyObject other) {
        PySet r = copyAs(frozen);
        r.update(other);
        return r;
    }

    public PySet intersection(PyObject other) {
        PySet result = new PySet(frozen);
        if (other instanceof PySet) {
            PySet so = this, ot = (PySet) other;
            if (ot.used > so.used) { PySet t = so; so = ot; ot = t; }
            for (int i = ot.nextSlot(0); i >= 0; i = ot.nextSlot(i + 1)) {
                PyObject k = ot.table[i];
                long h = ot.hashes[i];
                if (so.containsEntry(k, h)) result.addEntry(k, h);
            }
            return result;
        }
        PyObject it = Ops.iter(other);
        PyObject x;
        while ((x = Ops.next(it)) != null) {
            long h = Ops.hash(x);
            if (containsEntry(x, h)) result.addEntry(x, h);
        }
        return result;
    }

    public PySet difference(PyObject other) {
        int otherSize;
        if (other instanceof PySet) otherSize = ((PySet) other).used;
        else if (other instanceof PyDict) otherSize = ((PyDict) other).size();
        else {
            PySet r = copyAs(frozen);
            r.differenceUpdate(other);
            return r;
        }
        if ((used >> 2) > otherSize) {
            PySet r = copyAs(frozen);
            r.differenceUpdate(other);
            return r;
        }
        PySet result = new PySet(frozen);
        for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
            PyObject k = table[i];
            long h = hashes[i];
            boolean in = other instanceof PySet ? ((PySet) other).containsEntry(k, h) : ((PyDict) other).containsKey(k);
            if (!in) result.addEntry(k, h);
        }
        return result;
    }

    public void differenceUpdate(PyObject other) {
        if (other == this) { clear(); return; }
        if (other instanceof PySet) {
            PySet o = (PySet) other;
            for (int i = o.nextSlot(0); i >= 0; i = o.nextSlot(i + 1)) discardEntry(o.table[i], o.hashes[i]);
            return;
        }
        PyObject it = Ops.iter(other);
        PyObject x;
        while ((x = Ops.next(it)) != null) discard(x);
    }

    public void intersectionUpdate(PyObject other) {
        PySet r = intersection(other);
        table = r.table; hashes = r.hashes; mask = r.mask; fill = r.fill; used = r.used;
    }

    public PySet symmetricDifference(PyObject other) {
        PySet r = new PySet(frozen);
        r.update(other);
        r.symmetricDifferenceUpdateFromSet(this);
        return r;
    }

    public void symmetricDifferenceUpdate(PyObject other) {
        if (other == this) { clear(); return; }
        PySet o = other instanceof PySet ? (PySet) other : from(other, false);
        symmetricDifferenceUpdateFromSet(o);
    }

    private void symmetricDifferenceUpdateFromSet(PySet o) {
        for (int i = o.nextSlot(0); i >= 0; i = o.nextSlot(i + 1)) {
            PyObject k = o.table[i];
            long h = o.hashes[i];
            if (!discardEntry(k, h)) addEntry(k, h);
        }
    }

    public boolean isSubset(PySet o) {
        if (used > o.used) return false;
        for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) if (!o.containsEntry(table[i], hashes[i])) return false;
        return true;
    }

    // ---- slots --------------------------------------------------------------------------
    @Override public String pyRepr() {
        String name = type().name;
        boolean plain = cls == null && !frozen;
        if (used == 0) return name + "()";
        if (!Ops.reprEnter(this)) return name + "(...)";
        try {
            StringBuilder sb = new StringBuilder();
            if (!plain) sb.append(name).append('(');
            sb.append('{');
            boolean first = true;
            for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(Ops.repr(table[i]));
            }
            sb.append('}');
            if (!plain) sb.append(')');
            return sb.toString();
        } finally { Ops.reprLeave(this); }
    }
    @Override public boolean pyBool() { return used != 0; }
    @Override public boolean hasLen() { return true; }
    @Override public int pyLen() { return used; }
    @Override public long pyHash() {
        if (!frozen) throw Err.typeError("unhashable type: '" + type().name + "'");
        if (cachedHash != -1) return cachedHash;
        // CPython frozenset_hash
        long hash = 0;
        for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
            long h = hashes[i];
            hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) hash = 590923713L;
        cachedHash = hash;
        return hash;
    }
    @Override public PyObject pyRichCompare(PyObject other, int op) {
        if (!(other instanceof PySet)) return PyNotImplemented.INSTANCE;
        PySet o = (PySet) other;
        switch (op) {
            case Ops.EQ: return PyBool.of(used == o.used && isSubset(o));
            case Ops.NE: return PyBool.of(!(used == o.used && isSubset(o)));
            case Ops.LE: return PyBool.of(isSubset(o));
            case Ops.GE: return PyBool.of(o.isSubset(this));
            case Ops.LT: return PyBool.of(used < o.used && isSubset(o));
            case Ops.GT: return PyBool.of(used > o.used && o.isSubset(this));
            default: return PyNotImplemented.INSTANCE;
        }
    }
    /** A set key that cannot be hashed is looked up again as a frozenset (set_contains, set_discard). */
    private static boolean retryFrozen(PyObject key, PyException e) {
        return key instanceof PySet && !((PySet) key).frozen && e.matches(PyExc.TypeError);
    }
    @Override public int pyContains(PyObject item) {
        try {
            return contains(item) ? 1 : 0;
        } catch (PyException e) {
            if (!retryFrozen(item, e)) throw e;
            return contains(((PySet) item).copyAs(true)) ? 1 : 0;
        }
    }
    public boolean discardOrFrozen(PyObject key) {
        try {
            return discard(key);
        } catch (PyException e) {
            if (!retryFrozen(key, e)) throw e;
            return discard(((PySet) key).copyAs(true));
        }
    }
    @Override public boolean isIterable() { return true; }
    @Override public PyObject pyIter() { return new Iterators.SetIterator(this); }
}
