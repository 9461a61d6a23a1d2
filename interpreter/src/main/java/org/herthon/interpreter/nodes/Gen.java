package org.herthon.interpreter.nodes;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/**
 * Resumable statement and expression nodes for generator code. A generator suspends by
 * throwing {@link YieldSignal}; on resumption the body is re-entered with {@code f.resuming}
 * set, and each node on the path to the suspended yield continues from the state it saved
 * in {@code f.state}, without re-running line events or side effects.
 */
public final class Gen {
    private Gen() {}

    /**
     * A generator resumes at a plain yield: raises what throw() passed in, else returns what
     * send() passed (None for next()).
     */
    static PyObject resumed(Frame f) {
        f.resuming = false;
        PyException thrown = f.thrown;
        if (thrown != null) { f.thrown = null; throw thrownIn(f, thrown); }
        PyObject sent = f.sent;
        f.sent = null;
        return sent == null ? PyNone.INSTANCE : sent;
    }

    /**
     * An exception thrown in at a yield: when the generator is suspended inside one of its own
     * except blocks, that block's exception becomes its __context__ (CPython's gen_send_ex2
     * chains it with the generator's exc_state, _PyErr_ChainStackItem).
     */
    static PyException thrownIn(Frame f, PyException t) {
        PyGenerator g = f.generator;
        org.herthon.interpreter.Interpreter in = f.code.interp;
        if (g != null && in.handledExc != null && in.handledExc != g.outerExc) in.attachContext(t);
        return t;
    }

    /** What a yield hands to the generator's caller: the value, or None for a bare yield. */
    static void offer(Frame f, ExprNode value) {
        f.yielded = value == null ? PyNone.INSTANCE : value.eval(f);
    }

    public static final class Block extends StmtNode {
        final StmtNode[] stmts;
        final int slot;
        public Block(StmtNode[] s, int slot) {
            stmts = s;
            this.slot = slot;
            for (StmtNode x : s) if (x.first == 0) x.first = x.line;
        }
        @Override public PyObject exec(Frame f) {
            int i = 0;
            if (f.resuming) i = (Integer) f.state[slot];
            for (; i < stmts.length; i++) {
                StmtNode s = stmts[i];
                if (!f.resuming) {
                    f.state[slot] = i;
                    int ln = s.first;
                    f.lineno = ln;
                    if (Trace.lineOn()) Trace.line(f, ln);
                }
                PyObject r = s.exec(f);
                if (r != null) return r;
            }
            return null;
        }
    }

    public static final class If extends StmtNode {
        final ExprNode test;
        final StmtNode body, orelse;
        final int slot;
        public If(ExprNode t, StmtNode b, StmtNode o, int slot) { test = t; body = b; orelse = o; this.slot = slot; }
        @Override public PyObject exec(Frame f) {
            boolean t;
            Object st = f.resuming ? f.state[slot] : null;
            if (st != null) t = (Boolean) st;
            else {
                // not decided yet: a fresh run, or a frame resumed inside the test (an await or yield there)
                f.state[slot] = null;
                t = Ops.isTrue(test.eval(f));
                f.state[slot] = t;
            }
            if (t) return body.exec(f);
            if (orelse != null) return orelse.exec(f);
            return null;
        }
    }

    public static final class While extends StmtNode {
        final ExprNode test;
        final StmtNode body, orelse;
        final int slot;
        public While(ExprNode t, StmtNode b, StmtNode o, int slot) { test = t; body = b; orelse = o; this.slot = slot; }
        static final Object FIRST = new Object(), TEST = new Object(), TEST_RESET = new Object(), BODY = new Object(), ELSE = new Object();

        /** state[slot] is the phase the loop is in, so a frame suspended in the test or the body resumes there. */
        @Override public PyObject exec(Frame f) {
            int ln = line;
            Object phase = f.resuming ? f.state[slot] : FIRST;
            while (true) {
                if (phase == ELSE) break;
                if (phase != BODY) {
                    f.state[slot] = phase;
                    if (!Ops.isTrue(test.eval(f))) break;
                    if (phase == TEST_RESET) f.traceLast = -1;
                    f.state[slot] = BODY;
                }
                PyObject r = body.exec(f);
                if (r != null) {
                    if (r == Signal.BREAK) { f.state[slot] = null; return null; }
                    if (r != Signal.CONTINUE) return r;
                    f.lineno = ln;
                    if (Trace.lineOn()) Trace.lineForced(f, ln);
                    phase = TEST;
                    continue;
                }
                f.lineno = ln;
                if (Trace.lineOn()) Trace.line(f, ln);
                phase = TEST_RESET;
            }
            f.state[slot] = ELSE;
            if (orelse != null) return orelse.exec(f);
            return null;
        }
    }

    public static final class For extends StmtNode {
        final Stores.Target target;
        final ExprNode iter;
        final StmtNode body, orelse;
        final int slot;
        static final Object ELSE = new Object();
        public boolean direct;
        public For(Stores.Target t, ExprNode i, StmtNode b, StmtNode o, int slot) { target = t; iter = i; body = b; orelse = o; this.slot = slot; }
        @Override public PyObject exec(Frame f) {
            int ln = line;
            PyObject it;
            boolean resume = f.resuming;
            Object st = resume ? f.state[slot] : null;
            if (st == ELSE) return orelse.exec(f);
            if (st != null) it = (PyObject) st;
            else {
                // a fresh run, or a frame resumed inside the iterable's expression
                f.state[slot] = null;
                it = direct ? iter.eval(f) : Ops.iter(iter.eval(f));
                f.state[slot] = it;
                resume = false;
            }
            boolean first = true;
            while (true) {
                if (!resume) {
                    if (!first) {
                        f.lineno = ln;
                        if (Trace.lineOn()) Trace.lineForced(f, ln);
                    }
                    PyObject x = Ops.next(it);
                    if (x == null) break;
                    target.store(f, x);
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
    }

    public static final class Try extends StmtNode {
        final StmtNode body;
        final Stmts.Handler[] handlers;
        final StmtNode orelse, finalbody;
        final int slot;   // uses slot, slot+1, slot+2
        static final int BODY = 0, ELSE = 1, FINALLY = 2, HANDLER = 3;
        public Try(StmtNode b, Stmts.Handler[] h, StmtNode o, StmtNode fb, int slot) { body = b; handlers = h; orelse = o; finalbody = fb; this.slot = slot; }

        @Override public PyObject exec(Frame f) {
            Interpreter in = f.code.interp;
            int phase = f.resuming ? (Integer) f.state[slot] : BODY;
            PyObject r = null;
            PyException pending = null;
            if (phase != FINALLY) {
                try {
                    r = tryExcept(f, phase);
                } catch (PyException e) {
                    if (finalbody == null) throw e;
                    in.caught(e, f);
                    pending = e;
                }
                if (r == Signal.YIELD) return r;
                if (finalbody == null) return r;
                f.state[slot] = FINALLY;
                f.state[slot + 1] = pending;
                f.state[slot + 2] = r;
            } else {
                pending = (PyException) f.state[slot + 1];
                r = (PyObject) f.state[slot + 2];
            }
            PyBaseException saved = in.handledExc;
            if (pending != null) in.handledExc = pending.exc;
            PyObject fr;
            try {
                fr = finalbody.exec(f);
            } catch (PyException e2) {
                in.caught(e2, f);
                in.handledExc = saved;
                throw e2;
            } catch (YieldSignal y) {
                in.handledExc = saved;
                throw y;
            }
            in.handledExc = saved;
            if (fr == Signal.YIELD) return fr;
            f.state[slot + 1] = null;
            f.state[slot + 2] = null;
            if (fr != null) return fr;
            if (pending != null) throw pending;
            return r;
        }

        private PyObject tryExcept(Frame f, int phase) {
            Interpreter in = f.code.interp;
            if (phase == ELSE) return orelse.exec(f);
            if (phase >= HANDLER) {
                PyException e = (PyException) f.state[slot + 1];
                return runHandler(f, in, handlers[phase - HANDLER], e);
            }
            f.state[slot] = BODY;
            PyObject r;
            try {
                r = body.exec(f);
            } catch (PyException e) {
                in.caught(e, f);
                PyBaseException exc = e.exc;
                for (int k = 0; k < handlers.length; k++) {
                    Stmts.Handler h = handlers[k];
                    Stmts.mark(f, h.line);
                    if (h.type == null || Stmts.exceptionMatches(exc, h.type.eval(f))) {
                        if (h.name != null) h.name.store(f, exc);
                        f.state[slot] = HANDLER + k;
                        f.state[slot + 1] = e;
                        return runHandler(f, in, h, e);
                    }
                }
                throw e;
            }
            if (r == null && orelse != null) {
                f.state[slot] = ELSE;
                return orelse.exec(f);
            }
            return r;
        }

        private PyObject runHandler(Frame f, Interpreter in, Stmts.Handler h, PyException e) {
            PyBaseException saved = in.handledExc;
            in.handledExc = e.exc;
            PyObject hr;
            try {
                hr = h.body.exec(f);
            } catch (PyException e2) {
                in.caught(e2, f);
                in.handledExc = saved;
                if (h.name != null) { h.name.store(f, PyNone.INSTANCE); h.name.delete(f); }
                throw e2;
            } catch (YieldSignal y) {
                in.handledExc = saved;
                throw y;
            }
            in.handledExc = saved;
            if (hr == Signal.YIELD) return hr;
            if (h.name != null) { h.name.store(f, PyNone.INSTANCE); h.name.delete(f); }
            return hr;
        }
    }

    /** try ... except* in a generator: {@link Stmts.TryStar}, resumable at every yield (handlers included). */
    public static final class TryStar extends StmtNode {
        final StmtNode body;
        final Stmts.Handler[] handlers;
        final StmtNode orelse, finalbody;
        /** slot: phase, +1: the caught (or pending) exception, +2: result, +3: rest, +4: raised, +5: the handler's match. */
        final int slot;
        static final int BODY = 0, ELSE = 1, FINALLY = 2, HANDLER = 3;
        public TryStar(StmtNode b, Stmts.Handler[] h, StmtNode o, StmtNode fb, int slot) { body = b; handlers = h; orelse = o; finalbody = fb; this.slot = slot; }

        @Override public PyObject exec(Frame f) {
            Interpreter in = f.code.interp;
            int phase = f.resuming ? (Integer) f.state[slot] : BODY;
            PyObject r = null;
            PyException pending = null;
            if (phase != FINALLY) {
                try {
                    r = tryExcept(f, phase);
                } catch (PyException e) {
                    if (finalbody == null) throw e;
                    in.caught(e, f);
                    pending = e;
                }
                if (r == Signal.YIELD) return r;
                if (finalbody == null) return r;
                f.state[slot] = FINALLY;
                f.state[slot + 1] = pending;
                f.state[slot + 2] = r;
            } else {
                pending = (PyException) f.state[slot + 1];
                r = (PyObject) f.state[slot + 2];
            }
            PyBaseException saved = in.handledExc;
            if (pending != null) in.handledExc = pending.exc;
            PyObject fr;
            try {
                fr = finalbody.exec(f);
            } catch (PyException e2) {
                in.caught(e2, f);
                in.handledExc = saved;
                throw e2;
            } catch (YieldSignal y) {
                in.handledExc = saved;
                throw y;
            }
            in.handledExc = saved;
            if (fr == Signal.YIELD) return fr;
            f.state[slot + 1] = null;
            f.state[slot + 2] = null;
            if (fr != null) return fr;
            if (pending != null) throw pending;
            return r;
        }

        private PyObject tryExcept(Frame f, int phase) {
            Interpreter in = f.code.interp;
            if (phase == ELSE) return orelse.exec(f);
            if (phase >= HANDLER) {
                int k = phase - HANDLER;
                if (runHandler(f, in, k) == Signal.YIELD) return Signal.YIELD;
                return handlersFrom(f, in, k + 1);
            }
            f.state[slot] = BODY;
            PyObject r;
            try {
                r = body.exec(f);
            } catch (PyException e) {
                in.caught(e, f);
                f.state[slot + 1] = e;
                f.state[slot + 3] = e.exc;
                f.state[slot + 4] = new java.util.ArrayList<PyBaseException>();
                return handlersFrom(f, in, 0);
            }
            if (r == null && orelse != null) {
                f.state[slot] = ELSE;
                return orelse.exec(f);
            }
            return r;
        }

        @SuppressWarnings("unchecked")
        private PyObject handlersFrom(Frame f, Interpreter in, int from) {
            PyException e = (PyException) f.state[slot + 1];
            PyBaseException orig = e.exc;
            java.util.List<PyBaseException> raised = (java.util.List<PyBaseException>) f.state[slot + 4];
            for (int k = from; k < handlers.length; k++) {
                PyBaseException rest = (PyBaseException) f.state[slot + 3];
                if (rest == null) break;
                Stmts.Handler h = handlers[k];
                Stmts.mark(f, h.line);
                PyBaseException[] mr = ExceptionGroups.match(rest, h.type.eval(f));
                if (mr[0] == null) continue;
                f.state[slot + 3] = mr[1];
                f.state[slot + 5] = mr[0];
                f.state[slot] = HANDLER + k;
                if (h.name != null) h.name.store(f, mr[0]);
                if (runHandler(f, in, k) == Signal.YIELD) return Signal.YIELD;
            }
            raised.add((PyBaseException) f.state[slot + 3]);
            f.state[slot + 3] = null;
            f.state[slot + 4] = null;
            f.state[slot + 5] = null;
            PyBaseException out = ExceptionGroups.prepReraise(orig, raised);
            if (out == null) return null;
            if (out == orig) throw e;
            PyException pe = new PyException(out);
            pe.contextSet = true;
            pe.tbFrame = f;
            throw pe;
        }

        /** Runs handler k with its match as the handled exception; what it raises joins the raised list. */
        @SuppressWarnings("unchecked")
        private PyObject runHandler(Frame f, Interpreter in, int k) {
            Stmts.Handler h = handlers[k];
            PyBaseException saved = in.handledExc;
            in.handledExc = (PyBaseException) f.state[slot + 5];
            PyObject hr;
            try {
                hr = h.body.exec(f);
            } catch (PyException e2) {
                in.caught(e2, f);
                in.handledExc = saved;
                ((java.util.List<PyBaseException>) f.state[slot + 4]).add(e2.exc);
                if (h.name != null) { h.name.store(f, PyNone.INSTANCE); h.name.delete(f); }
                return null;
            } catch (YieldSignal y) {
                in.handledExc = saved;
                throw y;
            }
            in.handledExc = saved;
            if (hr == Signal.YIELD) return hr;
            if (h.name != null) { h.name.store(f, PyNone.INSTANCE); h.name.delete(f); }
            return null;
        }
    }

    public static final class With extends StmtNode {
        final ExprNode ctx;
        final Stores.Target target;
        final StmtNode body;
        final int slot;   // slot: mgr, slot+1: exit
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
            if (f.resuming && f.state[slot] != null) {
                mgr = (PyObject) f.state[slot];
                exit = (PyObject) f.state[slot + 1];
            } else {
                f.state[slot] = null;
                mgr = ctx.eval(f);
                PyType t = mgr.type();
                PyObject enter = t.lookup("__enter__");
                exit = t.lookup("__exit__");
                if (enter == null) throw Err.typeError("'" + t.name + "' object does not support the context manager protocol");
                if (exit == null) throw Err.typeError("'" + t.name + "' object does not support the context manager protocol (missed __exit__ method)");
                PyObject v = Ops.callDunder(enter, mgr);
                f.state[slot] = mgr;
                f.state[slot + 1] = exit;
                if (target != null) target.store(f, v);
            }
            PyObject r;
            try {
                r = body.exec(f);
            } catch (PyException e) {
                in.caught(e, f);
                int raiseLine = f.lineno;
                Stmts.mark(f, ln);
                PyBaseException saved = in.handledExc;
                in.handledExc = e.exc;
                PyObject res;
                try {
                    res = Ops.callMethodRaw(exit, mgr, new PyObject[]{e.exc.type(), e.exc, e.exc.traceback == null ? PyNone.INSTANCE : e.exc.traceback}, null);
                } catch (PyException e2) {
                    in.caught(e2, f);
                    in.handledExc = saved;
                    throw e2;
                }
                in.handledExc = saved;
                if (Ops.isTrue(res)) return null;
                // CPython's RERAISE puts f_lasti back on the raising instruction: an enclosing
                // handler on the with's own line reports that line again
                f.lineno = raiseLine;
                f.traceLast = raiseLine;
                throw e;
            }
            if (r == Signal.YIELD) return r;
            Stmts.mark(f, ln);
            Ops.callMethodRaw(exit, mgr, new PyObject[]{PyNone.INSTANCE, PyNone.INSTANCE, PyNone.INSTANCE}, null);
            return r;
        }
    }

    /** yield as a statement: suspends by returning Signal.YIELD (no exception). */
    public static final class YieldStmt extends StmtNode {
        final ExprNode value;
        public YieldStmt(ExprNode v) { value = v; }
        @Override public PyObject exec(Frame f) {
            if (f.resuming) {
                try {
                    resumed(f);
                } catch (PyException e) {
                    throw e.at(f, pc);
                }
                return null;
            }
            offer(f, value);
            return Signal.YIELD;
        }
    }

    /** target = yield value */
    public static final class YieldAssign extends StmtNode {
        final Stores.Target target;
        final ExprNode value;
        public YieldAssign(Stores.Target t, ExprNode v) { target = t; value = v; }
        @Override public PyObject exec(Frame f) {
            if (f.resuming) {
                PyObject v;
                try {
                    v = resumed(f);
                } catch (PyException e) {
                    throw e.at(f, pc);
                }
                target.store(f, v);
                return null;
            }
            offer(f, value);
            return Signal.YIELD;
        }
    }

    /** Saves a sub-expression's value so a resumed generator does not evaluate it twice. */
    public static final class Save extends ExprNode {
        final ExprNode e;
        final int slot;
        public Save(ExprNode e, int slot) { this.e = e; this.slot = slot; }
        @Override public PyObject eval(Frame f) {
            if (f.resuming) {
                Object v = f.state[slot];
                if (v != null) return (PyObject) v;
            } else {
                f.state[slot] = null;
            }
            PyObject v = e.eval(f);
            f.state[slot] = v;
            return v;
        }
    }

    public static final class Yield extends ExprNode {
        final ExprNode value;
        public Yield(ExprNode v) { value = v; }
        @Override public PyObject eval(Frame f) {
            if (f.resuming) {
                try {
                    return resumed(f);
                } catch (PyException e) {
                    throw e.at(f, pc);
                }
            }
            offer(f, value);
            throw YieldSignal.INSTANCE;
        }
    }

    public static final class YieldFrom extends ExprNode {
        final ExprNode value;
        final int slot;
        public YieldFrom(ExprNode v, int slot) { value = v; this.slot = slot; }
        @Override public PyObject eval(Frame f) {
            PyObject r = step(f);
            if (r == Signal.YIELD) throw YieldSignal.INSTANCE;
            return r;
        }

        /** The delegation's value, or Signal.YIELD when the frame suspends (f.yielded holds what it yields). */
        PyObject step(Frame f) {
            try {
                return run(f);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
        }

        private PyObject run(Frame f) {
            PyObject sub;
            PyObject[] ret = new PyObject[1];
            PyObject v;
            if (f.resuming) {
                f.resuming = false;
                sub = (PyObject) f.state[slot];
                PyException t = f.thrown;
                f.thrown = null;
                PyObject sent = f.sent;
                f.sent = null;
                PyGenerator g0 = f.generator;
                if (g0 != null && g0.direct) {
                    g0.direct = false;
                    g0.yf = null;
                    f.state[slot] = null;
                    if (t != null) throw thrownIn(f, t);
                    return sent == null ? PyNone.INSTANCE : sent;
                }
                if (t != null) v = PyGenerator.throwInto(sub, t, ret);
                else v = PyGenerator.sendInto(sub, sent, ret);
            } else {
                PyObject src = value.eval(f);
                if (src instanceof PyCoroutine) {
                    if (!f.code.coroutine && !f.code.iterableCoroutine) {
                        throw Err.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                    }
                    sub = src;
                } else sub = src instanceof PyGenerator && !(src instanceof PyAsyncGenerator) ? src : Ops.iter(src);
                f.state[slot] = sub;
                v = PyGenerator.sendInto(sub, null, ret);
            }
            PyGenerator g = f.generator;
            if (v == null) {
                f.state[slot] = null;
                if (g != null) g.yf = null;
                return ret[0] == null ? PyNone.INSTANCE : ret[0];
            }
            if (g != null) {
                g.yf = sub;
                g.delegatesDirectly = sub.getClass() == PyGenerator.class && f.code.interp.handledExc == g.outerExc;
            }
            f.yielded = v;
            return Signal.YIELD;
        }
    }

    /**
     * yield from as a statement (json's encoder: {@code yield from chunks}): suspends by returning
     * Signal.YIELD, as {@link YieldStmt} does, instead of unwinding the frame's statements with an
     * exception at each new delegate's first value (about 5 microseconds through a chain of elifs).
     */
    public static final class YieldFromStmt extends StmtNode {
        final YieldFrom delegation;
        public YieldFromStmt(YieldFrom delegation) { this.delegation = delegation; }
        @Override public PyObject exec(Frame f) {
            return delegation.step(f) == Signal.YIELD ? Signal.YIELD : null;
        }
    }

    /**
     * The resumption of a generator suspended at a yield from (no line events wanted, not inside
     * one of its except blocks): the sent value goes straight to the delegate, in the generator's
     * frame (its entry and return events, its named JVM frame, the delegate's f_back) but without
     * replaying its statements down to the yield from and unwinding them again at the delegate's
     * next yield, which cost about 0.4 microseconds a value for every level of delegation. When
     * the delegate ends or raises, the frame continues from its yield from as it would have.
     */
    public static final StmtNode RESUME_DELEGATE = new StmtNode() {
        @Override public PyObject exec(Frame f) {
            PyGenerator g = f.generator;
            PyObject[] ret = new PyObject[1];
            PyObject v;
            try {
                v = PyGenerator.sendInto(g.yf, f.sent, ret);
            } catch (PyException e) {
                f.sent = null;
                f.thrown = e;
                g.direct = true;
                return f.code.body.exec(f);
            }
            if (v != null) {
                f.sent = null;
                f.yielded = v;
                return Signal.YIELD;
            }
            f.sent = ret[0] == null ? PyNone.INSTANCE : ret[0];
            g.direct = true;
            return f.code.body.exec(f);
        }
    };
}
