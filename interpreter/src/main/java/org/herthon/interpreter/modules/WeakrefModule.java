package org.herthon.interpreter.modules;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.TracebackPrinter;
import org.herthon.interpreter.runtime.*;

/**
 * _weakref: weak references (ref, proxy) on top of the JVM's {@link WeakReference}.
 *
 * <p>Difference from CPython: CPython frees an object (and calls its weak references' callbacks)
 * as soon as its reference count drops to zero; here the object goes when the JVM collects it.
 * {@code gc.collect()} runs a full JVM collection and then, before it returns, every callback of
 * the weak references whose objects it reclaimed (so {@code del x; gc.collect()} behaves as in
 * CPython). Between explicit collections, callbacks of objects the JVM reclaimed on its own run
 * the next time this module makes or inspects a weak reference.
 */
public final class WeakrefModule implements JavaModule {
    @Override public String name() { return "_weakref"; }

    private static final String M = "weakref";

    /** One interpreter's weak references, by the identity hash of their objects. */
    static final class Registry {
        final Interpreter in;
        final ReferenceQueue<PyObject> queue = new ReferenceQueue<>();
        final Map<Integer, List<JRef>> byObject = new HashMap<>();
        long sequence;
        boolean running;
        Registry(Interpreter in) { this.in = in; }

        synchronized void add(JRef r) {
            List<JRef> l = byObject.computeIfAbsent(r.hash, h -> new ArrayList<>());
            l.removeIf(x -> x.owner.get() == null || x.get() == null);
            l.add(r);
        }

        /** The live weak reference objects to obj, oldest first. */
        synchronized List<WeakRefBase> refsTo(PyObject obj) {
            List<WeakRefBase> out = new ArrayList<>();
            List<JRef> l = byObject.get(System.identityHashCode(obj));
            if (l == null) return out;
            for (JRef r : l) {
                WeakRefBase w = r.owner.get();
                if (w != null && r.get() == obj) out.add(w);
            }
            return out;
        }

        /** Calls the callbacks of references whose objects are gone; full = scan every reference. */
        void process(boolean full) {
            if (running) return;
            List<JRef> dead = new ArrayList<>();
            synchronized (this) {
                java.lang.ref.Reference<? extends PyObject> q;
                while ((q = queue.poll()) != null) {
                    JRef r = (JRef) q;
                    if (!r.processed) { r.processed = true; dead.add(r); }
                }
                if (full) {
                    for (List<JRef> l : byObject.values()) {
                        for (JRef r : l) if (!r.processed && r.get() == null) { r.processed = true; dead.add(r); }
                    }
                }
                for (JRef r : dead) {
                    List<JRef> l = byObject.get(r.hash);
                    if (l != null) {
                        l.remove(r);
                        if (l.isEmpty()) byObject.remove(r.hash);
                    }
                }
            }
            if (dead.isEmpty()) return;
            dead.sort((a, b) -> Long.compare(b.seq, a.seq));
            running = true;
            try {
                for (JRef r : dead) {
                    WeakRefBase w = r.owner.get();
                    if (w == null || w.callback == null) continue;
                    PyObject cb = w.callback;
                    w.callback = null;
                    try {
                        cb.call1(w);
                    } catch (PyException e) {
                        in.writeErr("Exception ignored in: " + Ops.repr(cb) + "\n");
                        TracebackPrinter.print(in, e.exc);
                    }
                }
            } finally {
                running = false;
            }
        }
    }

    /** The JVM's weak reference to the object; it holds its Herthon weak reference weakly too. */
    static final class JRef extends WeakReference<PyObject> {
        final WeakReference<WeakRefBase> owner;
        final int hash;
        final long seq;
        boolean processed;
        JRef(PyObject o, WeakRefBase owner, Registry reg) {
            super(o, reg.queue);
            this.owner = new WeakReference<>(owner);
            this.hash = System.identityHashCode(o);
            this.seq = reg.sequence++;
        }
    }

    abstract static class WeakRefBase extends Types.Instance {
        JRef target;
        PyObject callback;
        WeakRefBase(PyType cls, PyType exact) { super(cls, exact); }
        void bind(PyObject o, PyObject cb, Registry reg) {
            this.callback = cb == PyNone.INSTANCE ? null : cb;
            this.target = new JRef(o, this, reg);
            reg.add(target);
        }
        PyObject referent() { return target == null ? null : target.get(); }
    }

    /** weakref.ReferenceType (and its Herthon subclasses: KeyedRef, WeakMethod ...). */
    static final class Ref extends WeakRefBase {
        private long hash;
        private boolean hashed;
        Ref(PyType cls, PyType exact) { super(cls, exact); }
        @Override public PyObject call(PyObject[] args, String[] kw) {
            if (type().builtin) {
                if (args.length > 0 || (kw != null && kw.length > 0)) throw Err.typeError(type().name + "() takes no arguments (" + args.length + " given)");
                PyObject o = referent();
                return o == null ? PyNone.INSTANCE : o;
            }
            return super.call(args, kw);
        }
        @Override public long pyHash() {
            if (hashed) return hash;
            PyObject o = referent();
            if (o == null) throw Err.typeError("weak object has gone away");
            hash = Ops.hash(o);
            hashed = true;
            return hash;
        }
        @Override public PyObject pyRichCompare(PyObject other, int op) {
            if ((op != Ops.EQ && op != Ops.NE) || !(other instanceof Ref)) return PyNotImplemented.INSTANCE;
            PyObject a = referent(), b = ((Ref) other).referent();
            if (a == null || b == null) {
                boolean same = this == other;
                return PyBool.of(op == Ops.EQ ? same : !same);
            }
            return Ops.richCompare(a, b, op);
        }
        @Override public String pyRepr() {
            PyObject o = referent();
            String me = "<weakref at " + Ops.addressString(this) + "; ";
            if (o == null) return me + "dead>";
            PyObject name = null;
            try {
                name = Ops.getAttrOrNull(o, "__name__");
            } catch (PyException ignored) {
                name = null;
            }
            String s = me + "to '" + tpName(o.type()) + "' at " + Ops.addressString(o);
            if (name instanceof PyStr) s += " (" + ((PyStr) name).value + ")";
            return s + ">";
        }
    }

    /** weakref.ProxyType and weakref.CallableProxyType. */
    static final class Proxy extends WeakRefBase {
        Proxy(PyType cls) { super(cls, cls); }
        PyObject obj() {
            PyObject o = referent();
            if (o == null) throw Err.make(PyExc.ReferenceError, "weakly-referenced object no longer exists");
            return o;
        }
        @Override public PyObject pyGetAttr(String name) { return Ops.getAttr(obj(), name); }
        @Override public void pySetAttr(String name, PyObject value) { Ops.setAttr(obj(), name, value); }
        @Override public void pyDelAttr(String name) { Ops.delAttr(obj(), name); }
        @Override public String pyRepr() {
            PyObject o = referent();
            if (o == null) return "<weakproxy at " + Ops.addressString(this) + "; dead>";
            return "<weakproxy at " + Ops.addressString(this) + "; to '" + tpName(o.type()) + "' at " + Ops.addressString(o) + ">";
        }
        @Override public String pyStr() { return Ops.str(obj()); }
        @Override public boolean pyBool() { return Ops.isTrue(obj()); }
        @Override public boolean hasLen() { return true; }
        @Override public int pyLen() { return Ops.len(obj()); }
        @Override public long pyHash() { throw Err.typeError("unhashable type: '" + tpName(type()) + "'"); }
        @Override public PyObject pyGetItem(PyObject key) { return Ops.getItem(obj(), key); }
        @Override public void pySetItem(PyObject key, PyObject value) { Ops.setItem(obj(), key, value); }
        @Override public void pyDelItem(PyObject key) { Ops.delItem(obj(), key); }
        @Override public boolean isIterable() { return true; }
        @Override public PyObject pyIter() { return Ops.iter(obj()); }
        @Override public boolean isIterator() { return Ops.isIterator(obj()); }
        @Override public PyObject pyNext() {
            PyObject o = obj();
            if (!Ops.isIterator(o)) throw Err.typeError("Weakref proxy referenced a non-iterator '" + tpName(o.type()) + "' object");
            return Ops.next(o);
        }
        @Override public int pyContains(PyObject item) { return Ops.contains(obj(), item) ? 1 : 0; }
        @Override public PyObject pyRichCompare(PyObject other, int op) {
            if (other instanceof Proxy) other = ((Proxy) other).obj();
            return Ops.richCompare(obj(), other, op);
        }
        @Override public PyObject call(PyObject[] args, String[] kw) { return obj().call(args, kw); }
    }

    private static final PyObject[] NO_ARGS = PyObject.EMPTY;

    private static boolean weakrefable(PyObject o) {
        if (o instanceof PyInt || o instanceof PyBigInt || o instanceof PyTuple || o instanceof PyBytes) return false;
        if (!o.type().builtin) return true;
        return !(o instanceof PyFloat || o instanceof PyStr || o instanceof PyList || o instanceof PyDict || o instanceof PyComplex
                || o == PyNone.INSTANCE || o instanceof PyNotImplemented || o instanceof PyEllipsis || o instanceof WeakRefBase);
    }

    /** CPython's tp_name: builtin types with their module, classes by name. */
    static String tpName(PyType t) { return t.builtin ? TracebackPrinter.typeName(t) : t.name; }

    private static void checkWeakrefable(PyObject o) {
        if (!weakrefable(o)) throw Err.typeError("cannot create weak reference to '" + o.type().name + "' object");
    }

    @Override public PyModule create(Interpreter in) {
        Registry reg = new Registry(in);
        in.gc.onCollect(() -> reg.process(true));
        PyModule m = new PyModule("_weakref");
        m.dict.putStr("__doc__", PyStr.of("Weak-reference support module."));

        PyType[] refType = new PyType[1];
        PyType ref = Types.builtinType("ReferenceType", M, PyType.OBJECT, null, (a, k) -> {
            PyType cls = (PyType) a[0];
            int nk = k == null ? 0 : k.length;
            int np = a.length - 1 - nk;
            if (np < 1) throw Err.typeError("__new__ expected at least 1 argument, got " + np);
            if (np > 2) throw Err.typeError("__new__ expected at most 2 arguments, got " + np);
            PyObject o = a[1];
            PyObject cb = np > 1 ? a[2] : PyNone.INSTANCE;
            checkWeakrefable(o);
            reg.process(false);
            if (cls == refType[0] && cb == PyNone.INSTANCE) {
                for (WeakRefBase w : reg.refsTo(o)) {
                    if (w.type() == cls && w.callback == null) return w;
                }
            }
            Ref r = new Ref(cls, refType[0]);
            r.bind(o, cb, reg);
            return r;
        });
        refType[0] = ref;
        Types.slots(ref, "__repr__", "__hash__", "compare");
        Types.def(ref, "__init__", (a, k) -> PyNone.INSTANCE);
        Types.def(ref, "__call__", (a, k) -> {
            if (a.length > 1 || (k != null && k.length > 0)) throw Err.typeError("weakref() takes no arguments");
            PyObject o = ((Ref) a[0]).referent();
            return o == null ? PyNone.INSTANCE : o;
        });
        Types.getter(ref, "__callback__", self -> {
            WeakRefBase w = (WeakRefBase) self;
            return w.callback == null || w.referent() == null ? PyNone.INSTANCE : w.callback;
        });
        Types.defClass(ref, "__class_getitem__", (a, k) -> new PyGenericAlias((PyType) a[0], a[1]));

        PyType proxy = Types.builtinType("ProxyType", M, PyType.OBJECT, null, null);
        PyType cproxy = Types.builtinType("CallableProxyType", M, PyType.OBJECT, null, null);
        proxy.baseAllowed = false;
        cproxy.baseAllowed = false;
        for (PyType t : new PyType[]{proxy, cproxy}) {
            Types.slots(t, "__repr__", "__str__", "__bool__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__iter__",
                    "__contains__", "compare");
            t.dict.putStr("__hash__", PyNone.INSTANCE);
        }
        Types.def(cproxy, "__call__", (a, k) -> ((Proxy) a[0]).obj().call(Types.rest(a), k));

        m.dict.putStr("ref", ref);
        m.dict.putStr("ReferenceType", ref);
        m.dict.putStr("ProxyType", proxy);
        m.dict.putStr("CallableProxyType", cproxy);
        put(m, PyBuiltinFunction.of("proxy", (a, k) -> {
            Args.noKw("proxy", k);
            Args.range("proxy", a, 1, 2);
            PyObject o = a[0];
            PyObject cb = a.length > 1 ? a[1] : PyNone.INSTANCE;
            checkWeakrefable(o);
            reg.process(false);
            PyType t = Ops.isCallable(o) ? cproxy : proxy;
            if (cb == PyNone.INSTANCE) {
                for (WeakRefBase w : reg.refsTo(o)) if (w.type() == t && w.callback == null) return w;
            }
            Proxy p = new Proxy(t);
            p.bind(o, cb, reg);
            return p;
        }));
        put(m, PyBuiltinFunction.of1("getweakrefcount", o -> {
            reg.process(false);
            return PyInt.of(reg.refsTo(o).size());
        }));
        put(m, PyBuiltinFunction.of1("getweakrefs", o -> {
            reg.process(false);
            List<WeakRefBase> l = reg.refsTo(o);
            java.util.Collections.reverse(l);
            return new PyList(l.toArray(new PyObject[0]));
        }));
        put(m, PyBuiltinFunction.of("_remove_dead_weakref", (a, k) -> {
            Args.noKw("_remove_dead_weakref", k);
            if (a.length != 2) throw Err.typeError("_remove_dead_weakref expected 2 arguments, got " + a.length);
            if (!(a[0] instanceof PyDict)) throw Err.typeError("_remove_dead_weakref() argument 1 must be dict, not " + a[0].type().name);
            PyDict d = (PyDict) a[0];
            PyObject v = d.get(a[1]);
            if (v instanceof WeakRefBase && ((WeakRefBase) v).referent() == null) d.remove(a[1]);
            return PyNone.INSTANCE;
        }));
        return m;
    }

    private static void put(PyModule m, PyBuiltinFunction f) {
        f.module = PyStr.of("_weakref");
        m.dict.putStr(f.name, f);
    }
}
