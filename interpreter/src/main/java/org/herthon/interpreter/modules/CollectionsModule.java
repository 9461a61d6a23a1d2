package org.herthon.interpreter.modules;

import java.util.Arrays;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/** _collections: deque, defaultdict, _count_elements, _tuplegetter (CPython's Modules/_collectionsmodule.c). */
public final class CollectionsModule implements JavaModule {
    @Override public String name() { return "_collections"; }

    static final PyType DEQUE = Types.builtinType("deque", "collections", PyType.OBJECT, Deque::new, (a, k) -> new Deque((PyType) a[0]));
    static final PyType DEQUE_ITER = Types.builtinType("_deque_iterator", "_collections", PyType.OBJECT, null, null);
    static final PyType DEQUE_REVITER = Types.builtinType("_deque_reverse_iterator", "_collections", PyType.OBJECT, null, null);
    static final PyType DEFAULTDICT = new PyType("defaultdict", false, new PyType[]{PyType.DICT});
    static final PyType TUPLEGETTER = Types.builtinType("_tuplegetter", "collections", PyType.OBJECT, null, (a, k) -> {
        Args.noKw("_tuplegetter", k);
        if (a.length != 3) throw Err.typeError("_tuplegetter expected 2 arguments, got " + (a.length - 1));
        return new TupleGetter(Ops.indexInt(a[1]), a[2]);
    });

    static {
        PyType d = DEQUE;
        d.dictSlots = true;
        Types.slots(d, "__repr__", "__len__", "__bool__", "__iter__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "compare");
        d.dict.putStr("__hash__", PyNone.INSTANCE);
        Types.def(d, "__init__", (a, k) -> {
            PyObject[] p = Args.bind("deque", Types.rest(a), k, new String[]{"iterable", "maxlen"}, 0, 2);
            Deque q = (Deque) a[0];
            long max = -1;
            if (p[1] != null && p[1] != PyNone.INSTANCE) {
                max = Ops.index(p[1]);
                if (max < 0) throw Err.valueError("maxlen must be non-negative");
            }
            q.maxlen = (int) Math.min(max, Integer.MAX_VALUE);
            if (q.size > 0) q.clear();
            if (p[0] != null) q.extend(p[0]);
            return PyNone.INSTANCE;
        });
        Types.def2(d, "append", (s, x) -> { ((Deque) s).append(x); return PyNone.INSTANCE; });
        Types.def2(d, "appendleft", (s, x) -> { ((Deque) s).appendLeft(x); return PyNone.INSTANCE; });
        Types.def1(d, "pop", s -> ((Deque) s).pop());
        Types.def1(d, "popleft", s -> ((Deque) s).popLeft());
        Types.def2(d, "extend", (s, x) -> { ((Deque) s).extend(x); return PyNone.INSTANCE; });
        Types.def2(d, "extendleft", (s, x) -> {
            Deque q = (Deque) s;
            PyObject[] items = x == s ? q.toArray() : null;
            if (items != null) { for (PyObject o : items) q.appendLeft(o); return PyNone.INSTANCE; }
            PyObject it = Ops.iter(x);
            PyObject o;
            while ((o = Ops.next(it)) != null) q.appendLeft(o);
            return PyNone.INSTANCE;
        });
        Types.def1(d, "clear", s -> { ((Deque) s).clear(); return PyNone.INSTANCE; });
        Types.def1(d, "copy", s -> ((Deque) s).copyDeque());
        Types.def1(d, "__copy__", s -> ((Deque) s).copyDeque());
        Types.def2(d, "count", (s, x) -> {
            Deque q = (Deque) s;
            int n = 0;
            long st = q.state;
            for (int i = 0; i < q.size; i++) {
                if (Ops.eqBool(q.get(i), x)) n++;
                if (st != q.state) throw Err.runtimeError("deque mutated during iteration");
            }
            return PyInt.of(n);
        });
        Types.def(d, "index", (a, k) -> {
            Args.noKw("index", k);
            Deque q = (Deque) a[0];
            if (a.length < 2) throw Err.typeError("index expected at least 1 argument, got 0");
            int n = q.size;
            long start = a.length > 2 ? Ops.index(a[2]) : 0, stop = a.length > 3 ? Ops.index(a[3]) : n;
            if (start < 0) { start += n; if (start < 0) start = 0; }
            if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
            if (stop > n) stop = n;
            long st = q.state;
            for (long i = start; i < stop; i++) {
                if (Ops.eqBool(q.get((int) i), a[1])) return PyInt.of(i);
                if (st != q.state) throw Err.runtimeError("deque mutated during iteration");
            }
            throw Err.valueError(Ops.repr(a[1]) + " is not in deque");
        });
        Types.def3(d, "insert", (s, i, x) -> {
            Deque q = (Deque) s;
            if (q.maxlen >= 0 && q.size >= q.maxlen) throw Err.indexError("deque already at its maximum size");
            long idx = Ops.index(i);
            int n = q.size;
            if (idx < 0) { idx += n; if (idx < 0) idx = 0; }
            if (idx > n) idx = n;
            PyObject[] items = q.toArray();
            PyObject[] out = new PyObject[n + 1];
            System.arraycopy(items, 0, out, 0, (int) idx);
            out[(int) idx] = x;
            System.arraycopy(items, (int) idx, out, (int) idx + 1, n - (int) idx);
            q.setAll(out);
            return PyNone.INSTANCE;
        });
        Types.def2(d, "remove", (s, x) -> {
            Deque q = (Deque) s;
            for (int i = 0; i < q.size; i++) {
                if (Ops.eqBool(q.get(i), x)) { q.delete(i); return PyNone.INSTANCE; }
            }
            throw Err.valueError(Ops.repr(x) + " is not in deque");
        });
        Types.def1(d, "reverse", s -> {
            Deque q = (Deque) s;
            PyObject[] items = q.toArray();
            for (int i = 0, j = items.length - 1; i < j; i++, j--) { PyObject t = items[i]; items[i] = items[j]; items[j] = t; }
            q.setAll(items);
            return PyNone.INSTANCE;
        });
        Types.def(d, "rotate", (a, k) -> {
            Args.noKw("rotate", k);
            Deque q = (Deque) a[0];
            long n = a.length > 1 ? Ops.index(a[1]) : 1;
            int len = q.size;
            if (len <= 1) return PyNone.INSTANCE;
            int r = (int) (((n % len) + len) % len);
            if (r == 0) return PyNone.INSTANCE;
            PyObject[] items = q.toArray();
            PyObject[] out = new PyObject[len];
            for (int i = 0; i < len; i++) out[(i + r) % len] = items[i];
            q.setAll(out);
            return PyNone.INSTANCE;
        });
        Types.getter(d, "maxlen", s -> ((Deque) s).maxlen < 0 ? PyNone.INSTANCE : PyInt.of(((Deque) s).maxlen));
        Types.def1(d, "__reversed__", s -> new DequeIter((Deque) s, true));
        Types.def2(d, "__add__", (s, o) -> {
            if (!(o instanceof Deque)) throw Err.typeError("can only concatenate deque (not \"" + o.type().name + "\") to deque");
            Deque r = ((Deque) s).copyDeque();
            r.extend(o);
            return r;
        });
        Types.def2(d, "__iadd__", (s, o) -> { ((Deque) s).extend(o); return s; });
        Types.def2(d, "__mul__", (s, o) -> {
            if (!Ops.hasIndex(o)) return PyNotImplemented.INSTANCE;
            Deque r = ((Deque) s).copyDeque();
            r.repeat(Ops.index(o));
            return r;
        });
        Types.def2(d, "__rmul__", (s, o) -> {
            if (!Ops.hasIndex(o)) return PyNotImplemented.INSTANCE;
            Deque r = ((Deque) s).copyDeque();
            r.repeat(Ops.index(o));
            return r;
        });
        Types.def2(d, "__imul__", (s, o) -> {
            if (!Ops.hasIndex(o)) return PyNotImplemented.INSTANCE;
            ((Deque) s).repeat(Ops.index(o));
            return s;
        });
        Types.def1(d, "__reduce__", s -> {
            Deque q = (Deque) s;
            PyObject state = q.getDict() == null || q.getDict().size() == 0 ? PyNone.INSTANCE : q.getDict();
            PyObject args = q.maxlen < 0 ? PyTuple.EMPTY : new PyTuple(new PyList(), PyInt.of(q.maxlen));
            return new PyTuple(q.type(), args, state, new DequeIter(q, false));
        });
        Types.defClass(d, "__class_getitem__", (a, k) -> new PyGenericAlias((PyType) a[0], a[1]));
        Types.slots(DEQUE_ITER, "__iter__", "__next__");
        Types.slots(DEQUE_REVITER, "__iter__", "__next__");

        PyType dd = DEFAULTDICT;
        dd.dict.putStr("__module__", PyStr.of("collections"));
        Types.def(dd, "__init__", (a, k) -> {
            PyDict self = (PyDict) a[0];
            PyObject f = PyNone.INSTANCE;
            PyObject[] rest = Types.rest(a);
            int nk = k == null ? 0 : k.length;
            if (rest.length - nk > 0) {
                f = rest[0];
                if (f != PyNone.INSTANCE && !Ops.isCallable(f)) throw Err.typeError("first argument must be callable or None");
                rest = Types.rest(rest);
            }
            self.defaultFactory = f == PyNone.INSTANCE ? null : f;
            return Ops.callMethodRaw(PyType.DICT.lookup("__init__"), self, rest, k);
        });
        Types.def2(dd, "__missing__", (s, key) -> {
            PyDict self = (PyDict) s;
            if (self.defaultFactory == null) throw Err.keyError(key);
            PyObject v = self.defaultFactory.call0();
            Ops.setItem(self, key, v);
            return v;
        });
        Types.getset(dd, "default_factory", s -> ((PyDict) s).defaultFactory == null ? PyNone.INSTANCE : ((PyDict) s).defaultFactory,
                (s, v) -> { ((PyDict) s).defaultFactory = v == null || v == PyNone.INSTANCE ? null : v; return PyNone.INSTANCE; });
        Types.def1(dd, "__repr__", s -> {
            PyDict self = (PyDict) s;
            String f;
            if (self.defaultFactory == null) f = "None";
            else if (!Ops.reprEnter(self.defaultFactory)) f = "...";
            else {
                try { f = Ops.repr(self.defaultFactory); } finally { Ops.reprLeave(self.defaultFactory); }
            }
            return PyStr.of(TypeNames.tpName(self.type()) .equals("defaultdict") ? "defaultdict(" + f + ", " + self.pyRepr() + ")"
                    : self.type().name + "(" + f + ", " + self.pyRepr() + ")");
        });
        Types.def1(dd, "copy", CollectionsModule::ddCopy);
        Types.def1(dd, "__copy__", CollectionsModule::ddCopy);
        Types.def1(dd, "__reduce__", s -> {
            PyDict self = (PyDict) s;
            PyObject args = self.defaultFactory == null ? PyTuple.EMPTY : new PyTuple(self.defaultFactory);
            return new PyTuple(self.type(), args, PyNone.INSTANCE, PyNone.INSTANCE, Ops.iter(Ops.callMethodRaw(PyType.DICT.lookup("items"), self, PyObject.EMPTY, null)));
        });
        Types.def2(dd, "__or__", (s, o) -> {
            if (!(o instanceof PyDict)) return PyNotImplemented.INSTANCE;
            PyDict r = (PyDict) ddCopy(s);
            r.update((PyDict) o);
            return r;
        });
        Types.def2(dd, "__ror__", (s, o) -> {
            if (!(o instanceof PyDict)) return PyNotImplemented.INSTANCE;
            PyDict self = (PyDict) s;
            PyDict r = (PyDict) self.type().call1(self.defaultFactory == null ? PyNone.INSTANCE : self.defaultFactory);
            r.update((PyDict) o);
            r.update(self);
            return r;
        });

        Types.def(TUPLEGETTER, "__get__", (a, k) -> {
            TupleGetter g = (TupleGetter) a[0];
            PyObject obj = a.length > 1 ? a[1] : PyNone.INSTANCE;
            if (obj == PyNone.INSTANCE) return g;
            return g.descrGet(obj, obj.type());
        });
    }

    private static PyObject ddCopy(PyObject s) {
        PyDict self = (PyDict) s;
        PyDict r = (PyDict) self.type().call1(self.defaultFactory == null ? PyNone.INSTANCE : self.defaultFactory);
        r.update(self);
        return r;
    }

    /** A deque: a circular buffer. */
    static final class Deque extends Types.Instance {
        PyObject[] buf = new PyObject[8];
        int head, size, maxlen = -1;
        long state;
        Deque(PyType cls) { super(cls, DEQUE); }

        PyObject get(int i) { return buf[(head + i) & (buf.length - 1)]; }
        void set(int i, PyObject v) { buf[(head + i) & (buf.length - 1)] = v; }
        private void grow() {
            if (size < buf.length) return;
            PyObject[] n = new PyObject[buf.length * 2];
            for (int i = 0; i < size; i++) n[i] = get(i);
            buf = n;
            head = 0;
        }
        PyObject[] toArray() {
            PyObject[] a = new PyObject[size];
            for (int i = 0; i < size; i++) a[i] = get(i);
            return a;
        }
        void setAll(PyObject[] items) {
            int cap = 8;
            while (cap < items.length) cap <<= 1;
            buf = new PyObject[cap];
            System.arraycopy(items, 0, buf, 0, items.length);
            head = 0;
            size = items.length;
            state++;
        }
        void append(PyObject x) {
            if (maxlen == 0) return;
            grow();
            buf[(head + size) & (buf.length - 1)] = x;
            size++;
            state++;
            if (maxlen >= 0 && size > maxlen) popLeft();
        }
        void appendLeft(PyObject x) {
            if (maxlen == 0) return;
            grow();
            head = (head - 1) & (buf.length - 1);
            buf[head] = x;
            size++;
            state++;
            if (maxlen >= 0 && size > maxlen) pop();
        }
        PyObject pop() {
            if (size == 0) throw Err.indexError("pop from an empty deque");
            int i = (head + size - 1) & (buf.length - 1);
            PyObject v = buf[i];
            buf[i] = null;
            size--;
            state++;
            return v;
        }
        PyObject popLeft() {
            if (size == 0) throw Err.indexError("pop from an empty deque");
            PyObject v = buf[head];
            buf[head] = null;
            head = (head + 1) & (buf.length - 1);
            size--;
            state++;
            return v;
        }
        void clear() { buf = new PyObject[8]; head = 0; size = 0; state++; }
        void extend(PyObject x) {
            if (x == this) { for (PyObject o : toArray()) append(o); return; }
            PyObject it = Ops.iter(x);
            PyObject o;
            while ((o = Ops.next(it)) != null) append(o);
        }
        void delete(int i) {
            PyObject[] items = toArray();
            PyObject[] out = new PyObject[items.length - 1];
            System.arraycopy(items, 0, out, 0, i);
            System.arraycopy(items, i + 1, out, i, items.length - i - 1);
            setAll(out);
        }
        void repeat(long n) {
            PyObject[] items = toArray();
            if (n <= 0 || items.length == 0) { clear(); return; }
            for (long r = 1; r < n; r++) {
                for (PyObject o : items) append(o);
                if (maxlen >= 0 && r * items.length > maxlen + (long) items.length) break;
            }
        }
        Deque copyDeque() {
            Deque r;
            if (type() == DEQUE) r = new Deque(DEQUE);
            else {
                PyObject[] args = maxlen < 0 ? new PyObject[]{new PyList(toArray())} : new PyObject[]{new PyList(toArray()), PyInt.of(maxlen)};
                return (Deque) type().call(args, null);
            }
            r.maxlen = maxlen;
            for (int i = 0; i < size; i++) r.append(get(i));
            return r;
        }
        int norm(PyObject key) {
            long i = Ops.index(key);
            if (i < 0) i += size;
            if (i < 0 || i >= size) throw Err.indexError("deque index out of range");
            return (int) i;
        }
        @Override public PyObject pyGetItem(PyObject key) {
            if (key instanceof PySlice) throw Err.typeError("sequence index must be integer, not 'slice'");
            return get(norm(key));
        }
        @Override public void pySetItem(PyObject key, PyObject v) { set(norm(key), v); }
        @Override public void pyDelItem(PyObject key) { delete(norm(key)); }
        @Override public boolean hasLen() { return true; }
        @Override public int pyLen() { return size; }
        @Override public boolean pyBool() { return size > 0; }
        @Override public long pyHash() { throw Err.typeError("unhashable type: 'collections.deque'"); }
        @Override public int pyContains(PyObject item) {
            long st = state;
            for (int i = 0; i < size; i++) {
                PyObject o = get(i);
                if (o == item || Ops.eqBool(o, item)) return 1;
                if (st != state) throw Err.runtimeError("deque mutated during iteration");
            }
            return 0;
        }
        @Override public boolean isIterable() { return true; }
        @Override public PyObject pyIter() { return new DequeIter(this, false); }
        @Override public String pyRepr() {
            String name = type().name;
            if (!Ops.reprEnter(this)) return "[...]";
            try {
                String l = new PyList(toArray()).pyRepr();
                return maxlen < 0 ? name + "(" + l + ")" : name + "(" + l + ", maxlen=" + maxlen + ")";
            } finally {
                Ops.reprLeave(this);
            }
        }
        @Override public PyObject pyRichCompare(PyObject other, int op) {
            if (!(other instanceof Deque)) return PyNotImplemented.INSTANCE;
            Deque o = (Deque) other;
            return Ops.compareSequences(toArray(), size, o.toArray(), o.size, op);
        }
    }

    static final class DequeIter extends Types.Iter {
        final Deque d;
        final long state;
        final boolean reverse;
        int i;
        DequeIter(Deque d, boolean reverse) { super(reverse ? DEQUE_REVITER : DEQUE_ITER, reverse ? DEQUE_REVITER : DEQUE_ITER); this.d = d; this.state = d.state; this.reverse = reverse; }
        @Override public PyObject pyNext() {
            if (d.state != state) throw Err.runtimeError("deque mutated during iteration");
            if (i >= d.size) return null;
            PyObject r = d.get(reverse ? d.size - 1 - i : i);
            i++;
            return r;
        }
    }

    /** namedtuple's field accessors. */
    static final class TupleGetter extends PyObject {
        final int index;
        /** A writable member, as CPython's (urllib.parse and selectors set it). */
        PyObject doc;
        TupleGetter(int index, PyObject doc) { this.index = index; this.doc = doc; }
        @Override public PyType type() { return TUPLEGETTER; }
        @Override public boolean isDescriptor() { return true; }
        @Override public boolean isDataDescriptor() { return true; }
        @Override public PyObject descrGet(PyObject obj, PyType type) {
            if (obj == null) return this;
            if (!(obj instanceof PyTuple)) {
                throw Err.typeError("descriptor for index '" + index + "' for tuple subclasses doesn't apply to '" + obj.type().name + "' object");
            }
            PyObject[] items = ((PyTuple) obj).items;
            if (index >= items.length) throw Err.indexError("tuple index out of range");
            return items[index];
        }
        @Override public String pyRepr() { return "_tuplegetter(" + index + ", " + Ops.repr(doc) + ")"; }
        @Override public void descrSet(PyObject obj, PyObject value) { throw Err.attributeError("can't set attribute"); }
        @Override public void descrDelete(PyObject obj) { throw Err.attributeError("can't delete attribute"); }
        @Override public PyObject pyGetAttr(String name) {
            if (name.equals("__doc__")) return doc;
            return super.pyGetAttr(name);
        }
        @Override public void pySetAttr(String name, PyObject value) {
            if (name.equals("__doc__")) {
                doc = value == null ? PyNone.INSTANCE : value;
                return;
            }
            super.pySetAttr(name, value);
        }
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("_collections");
        m.dict.putStr("deque", DEQUE);
        m.dict.putStr("defaultdict", DEFAULTDICT);
        m.dict.putStr("_deque_iterator", DEQUE_ITER);
        m.dict.putStr("_deque_reverse_iterator", DEQUE_REVITER);
        m.dict.putStr("_tuplegetter", TUPLEGETTER);
        PyBuiltinFunction ce = PyBuiltinFunction.of("_count_elements", (a, k) -> {
            Args.noKw("_count_elements", k);
            if (a.length != 2) throw Err.typeError("_count_elements expected 2 arguments, got " + a.length);
            PyObject mapping = a[0];
            PyObject it = Ops.iter(a[1]);
            PyObject x;
            PyInt one = PyInt.of(1);
            if (mapping instanceof PyDict && mapping.type().lookup("__getitem__") == PyType.DICT.lookup("__getitem__")
                    && mapping.type().lookup("__setitem__") == PyType.DICT.lookup("__setitem__")) {
                PyDict d = (PyDict) mapping;
                while ((x = Ops.next(it)) != null) {
                    PyObject old = d.get(x);
                    d.put(x, old == null ? one : Ops.add(old, one));
                }
            } else {
                PyObject get = Ops.getAttr(mapping, "get");
                PyObject zero = PyInt.of(0);
                while ((x = Ops.next(it)) != null) {
                    Ops.setItem(mapping, x, Ops.add(get.call2(x, zero), one));
                }
            }
            return PyNone.INSTANCE;
        });
        ce.module = PyStr.of("_collections");
        m.dict.putStr("_count_elements", ce);
        return m;
    }
}
