package org.herthon.interpreter.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * PEP 654 exception groups: BaseExceptionGroup's derive/split/subgroup, and the two steps of
 * {@code except*}: matching a group against a handler's type, and what is raised at the end
 * (CPython's _PyExc_PrepReraiseStar: exceptions a handler re-raised keep the shape of the
 * original group, new ones are put beside them).
 */
public final class ExceptionGroups {
    private ExceptionGroups() {}

    static void init(PyType beg) {
        beg.dict.putStr("__new__", new PyStaticMethod(PyBuiltinFunction.of("__new__", (a, k) -> {
            PyType cls = (PyType) a[0];
            int npos = a.length - (k == null ? 0 : k.length);
            if (cls == PyExc.BaseExceptionGroup && npos == 3 && (a[2] instanceof PyList || a[2] instanceof PyTuple)) {
                boolean all = true;
                for (PyObject e : Ops.toArray(a[2])) if (!e.type().isSubtypeOf(PyExc.Exception)) all = false;
                if (all) cls = PyExc.ExceptionGroup;
            }
            PyBaseException e = (PyBaseException) cls.solid.factory.create(cls);
            e.args = PyTuple.of(java.util.Arrays.copyOfRange(a, 1, npos));
            return e;
        })));
        beg.dict.putStr("derive", PyBuiltinFunction.method("BaseExceptionGroup", "derive", (a, k) -> {
            Args.noKw("derive", k);
            if (a.length != 2) throw Err.typeError("BaseExceptionGroup.derive() takes exactly one argument (" + (a.length - 1) + " given)");
            PyBaseException self = (PyBaseException) a[0];
            return make(self.attr("message"), a[1]);
        }));
        beg.dict.putStr("split", PyBuiltinFunction.method("BaseExceptionGroup", "split", (a, k) -> {
            Args.noKw("split", k);
            if (a.length != 2) throw Err.typeError("BaseExceptionGroup.split() takes exactly one argument (" + (a.length - 1) + " given)");
            PyBaseException[] r = split((PyBaseException) a[0], matcher(a[1]), true);
            return new PyTuple(r[0] == null ? PyNone.INSTANCE : r[0], r[1] == null ? PyNone.INSTANCE : r[1]);
        }));
        beg.dict.putStr("subgroup", PyBuiltinFunction.method("BaseExceptionGroup", "subgroup", (a, k) -> {
            Args.noKw("subgroup", k);
            if (a.length != 2) throw Err.typeError("BaseExceptionGroup.subgroup() takes exactly one argument (" + (a.length - 1) + " given)");
            PyBaseException[] r = split((PyBaseException) a[0], matcher(a[1]), false);
            return r[0] == null ? PyNone.INSTANCE : r[0];
        }));
    }

    /** BaseExceptionGroup(message, excs): an ExceptionGroup when every exception is an Exception, as BaseExceptionGroup.__new__ does. */
    public static PyBaseException make(PyObject message, PyObject excs) {
        boolean all = true;
        for (PyObject e : Ops.toArray(excs)) if (!e.type().isSubtypeOf(PyExc.Exception)) all = false;
        return Err.make(all ? PyExc.ExceptionGroup : PyExc.BaseExceptionGroup, message, excs).exc;
    }

    private interface Matcher { boolean test(PyBaseException e); }

    private static Matcher matcher(PyObject cond) {
        if (cond instanceof PyType && ((PyType) cond).isException) return e -> e.type().isSubtypeOf((PyType) cond);
        if (cond instanceof PyTuple) {
            for (PyObject t : ((PyTuple) cond).items) {
                if (!(t instanceof PyType) || !((PyType) t).isException) {
                    throw Err.typeError("expected a function, exception type or tuple of exception types");
                }
            }
            return e -> {
                for (PyObject t : ((PyTuple) cond).items) if (e.type().isSubtypeOf((PyType) t)) return true;
                return false;
            };
        }
        if (Ops.isCallable(cond) && !(cond instanceof PyType)) return e -> Ops.isTrue(cond.call1(e));
        throw Err.typeError("expected a function, exception type or tuple of exception types");
    }

    private static boolean isGroup(PyBaseException e) {
        return e.type().isSubtypeOf(PyExc.BaseExceptionGroup);
    }

    private static PyObject[] members(PyBaseException g) {
        PyObject ex = g.attr("exceptions");
        return ex instanceof PyTuple ? ((PyTuple) ex).items : PyObject.EMPTY;
    }

    /** A part of group g with g's traceback, cause, context and notes. */
    private static PyBaseException derived(PyBaseException g, List<PyObject> parts) {
        PyObject d = Ops.getAttr(g, "derive").call1(new PyList(parts.toArray(new PyObject[0])));
        if (!(d instanceof PyBaseException) || !isGroup((PyBaseException) d)) throw Err.typeError("derive must return an instance of BaseExceptionGroup");
        PyBaseException r = (PyBaseException) d;
        r.traceback = g.traceback;
        r.cause = g.cause;
        r.context = g.context;
        r.suppressContext = g.suppressContext;
        PyObject notes = g.attr("__notes__");
        if (notes != null) r.getDict().putStr("__notes__", notes instanceof PyList ? new PyList(((PyList) notes).toArray()) : notes);
        return r;
    }

    /** (match, rest) of e by m; with rest false only the match is made. */
    private static PyBaseException[] split(PyBaseException e, Matcher m, boolean rest) {
        if (m.test(e)) return new PyBaseException[]{e, null};
        if (!isGroup(e)) return new PyBaseException[]{null, e};
        List<PyObject> yes = new ArrayList<>(), no = new ArrayList<>();
        for (PyObject x : members(e)) {
            PyBaseException[] r = split((PyBaseException) x, m, rest);
            if (r[0] != null) yes.add(r[0]);
            if (r[1] != null) no.add(r[1]);
        }
        return new PyBaseException[]{yes.isEmpty() ? null : derived(e, yes), !rest || no.isEmpty() ? null : derived(e, no)};
    }

    /** except* T: the exception seen as a group (a naked one wrapped in a group with message ""). */
    public static PyBaseException asGroup(PyBaseException e) {
        if (isGroup(e)) return e;
        PyBaseException g = make(PyStr.EMPTY, new PyTuple(e));
        g.traceback = e.traceback;
        return g;
    }

    /**
     * except* t on exc: the matching part and the rest (either may be null). A naked exception
     * (not a group) that matches is handed to the handler wrapped in a group, as CPython's CHECK_EG_MATCH.
     */
    public static PyBaseException[] match(PyBaseException exc, PyObject t) {
        checkStarType(t);
        Matcher m = matcher(t);
        if (!isGroup(exc)) return m.test(exc) ? new PyBaseException[]{asGroup(exc), null} : new PyBaseException[]{null, exc};
        return split(exc, m, true);
    }

    private static void checkStarType(PyObject t) {
        PyObject[] ts = t instanceof PyTuple ? ((PyTuple) t).items : new PyObject[]{t};
        for (PyObject x : ts) {
            if (!(x instanceof PyType) || !((PyType) x).isException) {
                throw Err.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            if (((PyType) x).isSubtypeOf(PyExc.BaseExceptionGroup)) {
                throw Err.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
    }

    /** A part of orig re-raised in the same frame: its traceback is orig's with entries put in front. */
    private static boolean sharesTraceback(PyBaseException e, PyBaseException orig) {
        for (PyTraceback t = e.traceback; t != null; t = t.next) if (t == orig.traceback) return true;
        return e.traceback == orig.traceback;
    }

    private static void leaves(PyBaseException e, IdentityHashMap<PyBaseException, Boolean> out) {
        if (isGroup(e)) for (PyObject x : members(e)) leaves((PyBaseException) x, out);
        else out.put(e, Boolean.TRUE);
    }

    /**
     * What an except* statement raises at its end: raised holds what the handlers raised, then the
     * unhandled rest (null entries for none); null when nothing is left to raise.
     */
    public static PyBaseException prepReraise(PyBaseException orig, List<PyBaseException> raised) {
        List<PyBaseException> excs = new ArrayList<>();
        for (PyBaseException e : raised) if (e != null) excs.add(e);
        if (excs.isEmpty()) return null;
        if (!isGroup(orig)) return excs.get(0);
        List<PyObject> fresh = new ArrayList<>();
        IdentityHashMap<PyBaseException, Boolean> keep = new IdentityHashMap<>();
        for (PyBaseException e : excs) {
            boolean reraise = e.cause == orig.cause && e.context == orig.context && sharesTraceback(e, orig);
            if (reraise) leaves(e, keep);
            else fresh.add(e);
        }
        PyBaseException reraised = keep.isEmpty() ? null : split(orig, x -> !isGroup(x) && keep.containsKey(x), false)[0];
        if (fresh.isEmpty()) return reraised;
        if (reraised != null) fresh.add(reraised);
        if (fresh.size() == 1) return (PyBaseException) fresh.get(0);
        return make(PyStr.EMPTY, new PyList(fresh.toArray(new PyObject[0])));
    }
}
