package org.herthon.interpreter.nodes;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/**
 * Nodes of coroutine and async generator code: await, async for, async with, and the wrapping
 * of an async generator's yielded values. An await delegates to the awaitable's iterator like
 * yield from: a suspension unwinds the node tree with {@link YieldSignal}, and the resumed frame
 * re-walks its resumable nodes to the await that saved its iterator in {@code f.state}.
 */
public final class Async {
    private Async() {}

    /** CPython's _PyCoro_GetAwaitableIter, with the caller's message for a missing __await__. */
    public static PyObject awaitableIter(PyObject o, String noAwait) {
        if (o instanceof PyCoroutine) return o;
        if (o instanceof PyGenerator && !(o instanceof PyAsyncGenerator) && ((PyGenerator) o).code().iterableCoroutine) return o;
        PyType t = o.type();
        PyObject m = t.lookup("__await__");
        if (m == null) {
            if (noAwait == null) throw Err.typeError("object " + t.name + " can't be used in 'await' expression");
            throw Err.typeError(noAwait + t.name);
        }
        PyObject r = Ops.callDunder(m, o);
        if (r instanceof PyCoroutine || r instanceof PyGenerator && !(r instanceof PyAsyncGenerator) && ((PyGenerator) r).code().iterableCoroutine) {
            throw Err.typeError("__await__() returned a coroutine");
        }
        if (!Ops.isIterator(r)) throw Err.typeError("__await__() returned non-iterator of type '" + r.type().name + "'");
        return r;
    }

    /** GET_AWAITABLE: also refuses a coroutine another await is suspended in. */
    static PyObject awaitIter(PyObject o, String noAwait) {
        PyObject it = awaitableIter(o, noAwait);
        if (it instanceof PyCoroutine && ((PyCoroutine) it).yf != null) throw Err.runtimeError("coroutine is being awaited already");
        return it;
    }

    /**
     * Sends into (or throws into) the awaited iterator: returns its result when it finishes,
     * else saves it in state[slot], hands its value to the caller and suspends.
     */
    static PyObject delegate(Frame f, int slot, PyObject sub, PyObject sent, PyException thrown) {
        PyObject[] ret = new PyObject[1];
        PyGenerator g = f.generator;
        if (g != null) g.yf = sub;
        PyObject v;
        try {
            v = thrown != null ? PyGenerator.throwInto(sub, thrown, ret) : PyGenerator.sendInto(sub, sent, ret);
        } catch (PyException e) {
            if (g != null) g.yf = null;
            f.state[slot] = null;
            throw e;
        }
        if (v == null) {
            if (g != null) g.yf = null;
            f.state[slot] = null;
            return ret[0] == null ? PyNone.INSTANCE : ret[0];
        }
        f.state[slot] = sub;
        f.yielded = v;
        throw YieldSignal.INSTANCE;
    }

    /** The resumed frame continues the await suspended at state[slot]. */
    static PyObject resumeDelegate(Frame f, int slot) {
        f.resuming = false;
        PyObject sub = (PyObject) f.state[slot];
        PyException t = f.thrown;
        f.thrown = null;
        PyObject sent = f.sent;
        f.sent = null;
        PyGenerator g = f.generator;
        if (g != null && g.direct) {
            // PyGenerator.resume already threw into (or closed) the delegate: this is its outcome
            g.direct = false;
            g.yf = null;
            f.state[slot] = null;
            if (t != null) throw Gen.thrownIn(f, t);
            return sent == null ? PyNone.INSTANCE : sent;
        }
        return delegate(f, slot, sub, sent, t);
    }

    public static final class Await extends ExprNode {
        final ExprNode value;
        final int slot;
        public Await(ExprNode v, int slot) { value = v; this.slot = slot; }
        @Override public PyObject eval(Frame f) {
            try {
                if (f.resuming) return resumeDelegate(f, slot);
                PyObject v = value.eval(f);
                PyObject sub = awaitIter(v, null);
                return delegate(f, slot, sub, null, null);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
    }

    /** The value of a yield in an async generator, marked so asend() can tell it from an await's. */
    public static final class Wrap extends ExprNode {
        final ExprNode value;
        public Wrap(ExprNode v) { value = v; }
        @Override public PyObject eval(Frame f) {
            return new PyAsyncGenerator.Wrapped(value == null ? PyNone.INSTANCE : value.eval(f));
        }
    }

    /** GET_AITER for the first iterable of an async comprehension (evaluated in the enclosing scope). */
    public static final class AIter extends ExprNode {
        final ExprNode value;
        public AIter(ExprNode v) { value = v; }
        @Override public PyObject eval(Frame f) { return For.aiter(value.eval(f)); }
    }

    static final Object NEXT = new Object(), BODY = new Object(), ELSE = new Object();

    public static final class For extends StmtNode {
        final Stores.Target target;
        final ExprNode iter;
        final StmtNode body, orelse;
        final int slot;   // slot: async iterator or ELSE, slot+1: phase, slot+2: awaited iterator
        /** The iterable is the comprehension's argument, already an async iterator. */
        public boolean direct;
        public For(Stores.Target t, ExprNode i, StmtNode b, StmtNode o, int slot) { target = t; iter = i; body = b; orelse = o; this.slot = slot; }

        @Override public PyObject exec(Frame f) {
            int ln = line;
            PyObject ait;
            boolean resume = f.resuming;
            Object st = resume ? f.state[slot] : null;
            if (st == ELSE) return orelse == null ? null : orelse.exec(f);
            if (st != null) ait = (PyObject) st;
            else {
                f.state[slot] = null;
                PyObject src = iter.eval(f);
                ait = direct ? src : aiter(src);
                f.state[slot] = ait;
                resume = false;
            }
            boolean first = true;
            while (true) {
                if (!(resume && f.state[slot + 1] == BODY)) {
                    PyObject x;
                    try {
                        if (resume) x = resumeDelegate(f, slot + 2);
                        else {
                            if (!first) {
                                f.lineno = ln;
                                if (Trace.lineOn()) Trace.lineForced(f, ln);
                            }
                            f.state[slot + 1] = NEXT;
                            x = delegate(f, slot + 2, anext(ait), null, null);
                        }
                    } catch (PyException e) {
                        if (e.matches(PyExc.StopAsyncIteration)) break;
                        throw e;
                    }
                    resume = false;
                    target.store(f, x);
                    f.state[slot + 1] = BODY;
                }
                first = false;
                resume = false;
                PyObject r = body.exec(f);
                if (r != null) {
                    if (r == Signal.YIELD) return r;
                    if (r == Signal.BREAK) { f.state[slot] = null; return null; }
                    if (r != Signal.CONTINUE) { f.state[slot] = null; return r; }
                }
            }
            f.state[slot] = ELSE;
            if (orelse != null) return orelse.exec(f);
            return null;
        }

        static PyObject aiter(PyObject o) {
            PyType t = o.type();
            PyObject m = t.lookup("__aiter__");
            if (m == null) throw Err.typeError("'async for' requires an object with __aiter__ method, got " + t.name);
            return Ops.callDunder(m, o);
        }

        static PyObject anext(PyObject ait) {
            PyType t = ait.type();
            PyObject m = t.lookup("__anext__");
            if (m == null) throw Err.typeError("'async for' received an object from __aiter__ that does not implement __anext__: " + t.name);
            PyObject aw = Ops.callDunder(m, ait);
            try {
                return awaitableIter(aw, null);
            } catch (PyException e) {
                if (!e.matches(PyExc.TypeError)) throw e;
                PyException te = Err.typeError("'async for' received an invalid object from __anext__: " + aw.type().name);
                te.exc.context = e.exc;
                te.exc.cause = e.exc;
                te.contextSet = true;
                throw te;
            }
        }
    }

    public static final class With extends StmtNode {
        final ExprNode ctx;
        final Stores.Target target;
        final StmtNode body;
        final int slot;   // mgr, exit, phase, awaited iterator, pending exception / body result
        static final Integer ENTER = 0, INBODY = 1, EXIT_EXC = 2, EXIT_OK = 3;
        public With(ExprNode c, Stores.Target t, StmtNode b, int slot) { ctx = c; target = t; body = b; this.slot = slot; }

        @Override public PyObject exec(Frame f) {
            // __enter__, __exit__ and their awaits raise on the statement's location; the body's and
            // the context expression's own exceptions carry theirs already
            try {
                return run(f);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }
        private PyObject run(Frame f) {
            int ln = line;
            Interpreter in = f.code.interp;
            PyObject mgr, exit;
            Integer phase;
            boolean resume = f.resuming && f.state[slot] != null;
            if (resume) {
                mgr = (PyObject) f.state[slot];
                exit = (PyObject) f.state[slot + 1];
                phase = (Integer) f.state[slot + 2];
            } else {
                f.state[slot] = null;
                mgr = ctx.eval(f);
                PyType t = mgr.type();
                PyObject enter = t.lookup("__aenter__");
                if (enter == null) throw Err.typeError("'" + t.name + "' object does not support the asynchronous context manager protocol");
                exit = t.lookup("__aexit__");
                if (exit == null) throw Err.typeError("'" + t.name + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
                f.state[slot] = mgr;
                f.state[slot + 1] = exit;
                f.state[slot + 2] = phase = ENTER;
                PyObject aw = Ops.callDunder(enter, mgr);
                PyObject v = delegate(f, slot + 3, awaitIter(aw, "'async with' received an object from __aenter__ that does not implement __await__: "), null, null);
                if (target != null) target.store(f, v);
                phase = INBODY;
                f.state[slot + 2] = INBODY;
            }
            if (resume && phase == ENTER) {
                PyObject v = resumeDelegate(f, slot + 3);
                if (target != null) target.store(f, v);
                phase = INBODY;
                f.state[slot + 2] = INBODY;
            }
            if (phase == EXIT_EXC) return exitAfterError(f, in, (PyException) f.state[slot + 4], true);
            if (phase == EXIT_OK) {
                resumeDelegate(f, slot + 3);
                PyObject r = (PyObject) f.state[slot + 4];
                f.state[slot + 4] = null;
                return r;
            }
            PyObject r;
            try {
                r = body.exec(f);
            } catch (PyException e) {
                in.caught(e, f);
                Stmts.mark(f, ln);
                f.state[slot + 2] = EXIT_EXC;
                f.state[slot + 4] = e;
                return exitAfterError(f, in, e, false);
            }
            if (r == Signal.YIELD) return r;
            Stmts.mark(f, ln);
            f.state[slot + 2] = EXIT_OK;
            f.state[slot + 4] = r;
            PyObject aw = Ops.callMethodRaw(exit, mgr, new PyObject[]{PyNone.INSTANCE, PyNone.INSTANCE, PyNone.INSTANCE}, null);
            delegate(f, slot + 3, awaitIter(aw, "'async with' received an object from __aexit__ that does not implement __await__: "), null, null);
            f.state[slot + 4] = null;
            return r;
        }

        private PyObject exitAfterError(Frame f, Interpreter in, PyException e, boolean resumed) {
            PyBaseException saved = in.handledExc;
            in.handledExc = e.exc;
            PyObject res;
            try {
                if (resumed) res = resumeDelegate(f, slot + 3);
                else {
                    PyObject mgr = (PyObject) f.state[slot], exit = (PyObject) f.state[slot + 1];
                    PyObject aw = Ops.callMethodRaw(exit, mgr, new PyObject[]{e.exc.type(), e.exc, e.exc.traceback == null ? PyNone.INSTANCE : e.exc.traceback}, null);
                    res = delegate(f, slot + 3, awaitIter(aw, "'async with' received an object from __aexit__ that does not implement __await__: "), null, null);
                }
            } catch (PyException e2) {
                in.caught(e2, f);
                in.handledExc = saved;
                f.state[slot + 4] = null;
                throw e2;
            } catch (YieldSignal y) {
                in.handledExc = saved;
                throw y;
            }
            in.handledExc = saved;
            f.state[slot + 4] = null;
            if (Ops.isTrue(res)) return null;
            throw e;
        }
    }
}
