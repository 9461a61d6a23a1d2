package org.herthon.interpreter.nodes;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.*;

/** Statement nodes. Line events and f.lineno for each statement are set by {@link Block}. */
public final class Stmts {
    private Stmts() {}

    /** Marks the start of an instruction group on 'line' (line tracing, traceback line). */
    public static void mark(Frame f, int line) {
        f.lineno = line;
        if (Trace.lineOn()) Trace.line(f, line);
    }

    public static final class Block extends StmtNode {
        public final StmtNode[] stmts;
        public Block(StmtNode[] s) {
            stmts = s;
            for (StmtNode x : s) if (x.first == 0) x.first = x.line;
        }
        @Override public PyObject exec(Frame f) {
            for (StmtNode s : stmts) {
                int ln = s.first;
                f.lineno = ln;
                if (Trace.lineOn()) Trace.line(f, ln);
                PyObject r = s.exec(f);
                if (r != null) return r;
            }
            return null;
        }
    }

    public static final class Block1 extends StmtNode {
        final StmtNode s;
        public Block1(StmtNode s) {
            this.s = s;
            if (s.first == 0) s.first = s.line;
        }
        @Override public PyObject exec(Frame f) {
            int ln = s.first;
            f.lineno = ln;
            if (Trace.lineOn()) Trace.line(f, ln);
            return s.exec(f);
        }
    }

    public static final class ExprStmt extends StmtNode {
        final ExprNode e;
        public ExprStmt(ExprNode e) { this.e = e; }
        @Override public PyObject exec(Frame f) { e.eval(f); return null; }
    }

    /** An expression statement of interactive code ("single" mode): its value goes to sys.displayhook. */
    public static final class PrintExpr extends StmtNode {
        final ExprNode e;
        public PrintExpr(ExprNode e) { this.e = e; }
        @Override public PyObject exec(Frame f) {
            PyObject v = e.eval(f);
            PyObject hook = f.code.interp.sysModule.dict.getStr("displayhook");
            if (hook == null) throw org.herthon.interpreter.runtime.Err.make(org.herthon.interpreter.runtime.PyExc.RuntimeError, "lost sys.displayhook");
            hook.call1(v);
            return null;
        }
    }

    public static final class Pass extends StmtNode {
        @Override public PyObject exec(Frame f) { return null; }
    }

    public static final class Break extends StmtNode {
        @Override public PyObject exec(Frame f) { return Signal.BREAK; }
    }

    public static final class Continue extends StmtNode {
        @Override public PyObject exec(Frame f) { return Signal.CONTINUE; }
    }

    public static final class Return extends StmtNode {
        final ExprNode value;
        public Return(ExprNode v) { value = v; }
        @Override public PyObject exec(Frame f) { return value == null ? PyNone.INSTANCE : value.eval(f); }
    }

    public static final class Assign extends StmtNode {
        final Stores.Target target;
        final ExprNode value;
        public Assign(Stores.Target t, ExprNode v) { target = t; value = v; }
        @Override public PyObject exec(Frame f) { target.store(f, value.eval(f)); return null; }
    }

    public static final class AssignFast extends StmtNode {
        final int idx;
        final ExprNode value;
        public AssignFast(int idx, ExprNode v) { this.idx = idx; value = v; }
        @Override public PyObject exec(Frame f) { f.fast[idx] = value.eval(f); return null; }
    }

    public static final class AssignMulti extends StmtNode {
        final Stores.Target[] targets;
        final ExprNode value;
        public AssignMulti(Stores.Target[] t, ExprNode v) { targets = t; value = v; }
        @Override public PyObject exec(Frame f) {
            PyObject v = value.eval(f);
            for (Stores.Target t : targets) t.store(f, v);
            return null;
        }
    }

    /** x op= value for a simple variable (load, op, store). */
    public static final class AugAssignVar extends StmtNode {
        final ExprNode load;
        final Stores.Target store;
        final ExprNode value;
        final int op;
        public AugAssignVar(ExprNode load, Stores.Target store, ExprNode value, int op) { this.load = load; this.store = store; this.value = value; this.op = op; }
        @Override public PyObject exec(Frame f) {
            PyObject a = load.eval(f);
            PyObject r = inplace(f, pc + 1, a, value, op);
            store.store(f, r);
            return null;
        }
    }

    public static final class AugAssignFast extends StmtNode {
        final int idx;
        final String name;
        final ExprNode value;
        final int op;
        public AugAssignFast(int idx, String name, ExprNode value, int op) { this.idx = idx; this.name = name; this.value = value; this.op = op; }
        @Override public PyObject exec(Frame f) {
            PyObject a = f.fast[idx];
            if (a == null) throw Err.unboundLocal(name).at(f, pc);
            PyObject b = value.eval(f);
            if (op == Arith.ADD && a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
                long x = ((PyInt) a).value, y = ((PyInt) b).value, s = x + y;
                if (((x ^ s) & (y ^ s)) >= 0) { f.fast[idx] = PyInt.of(s); return null; }
            }
            try {
                f.fast[idx] = Ops.inplace(a, b, op);
            } catch (PyException e) {
                throw e.at(f, pc + 1);
            }
            return null;
        }
    }

    public static final class AugAssignAttr extends StmtNode {
        final ExprNode obj;
        final String name;
        final ExprNode value;
        final int op;
        public AugAssignAttr(ExprNode obj, String name, ExprNode value, int op) { this.obj = obj; this.name = name; this.value = value; this.op = op; }
        @Override public PyObject exec(Frame f) {
            PyObject o = obj.eval(f);
            PyObject a;
            try {
                a = Ops.getAttr(o, name);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
            PyObject r = inplace(f, pc + 1, a, value, op);
            try {
                Ops.setAttr(o, name, r);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
            return null;
        }
    }

    /** The operation of an augmented assignment to an attribute or item; an error points at position pc. */
    static PyObject inplace(Frame f, int pc, PyObject current, ExprNode value, int op) {
        PyObject b = value.eval(f);
        try {
            return Ops.inplace(current, b, op);
        } catch (PyException e) {
            throw e.at(f, pc);
        }
    }

    public static final class AugAssignItem extends StmtNode {
        final ExprNode obj, key, value;
        final int op;
        public AugAssignItem(ExprNode obj, ExprNode key, ExprNode value, int op) { this.obj = obj; this.key = key; this.value = value; this.op = op; }
        @Override public PyObject exec(Frame f) {
            PyObject o = obj.eval(f);
            PyObject k = key.eval(f);
            PyObject a;
            try {
                a = Ops.getItem(o, k);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
            PyObject r = inplace(f, pc + 1, a, value, op);
            try {
                Ops.setItem(o, k, r);
            } catch (PyException e) {
                throw e.at(f, pc);
            }
            return null;
        }
    }

    /** SETUP_ANNOTATIONS: the body's namespace gets an empty __annotations__ unless it has one. */
    public static final class SetupAnnotations extends StmtNode {
        @Override public PyObject exec(Frame f) {
            PyObject loc = f.locals;
            PyStr key = PyStr.of("__annotations__");
            if (PyDict.isExact(loc)) {
                if (((PyDict) loc).getStr("__annotations__") == null) ((PyDict) loc).putStr("__annotations__", new PyDict());
                return null;
            }
            try {
                Ops.getItem(loc, key);
            } catch (PyException e) {
                if (!e.matches(PyExc.KeyError)) throw e;
                Ops.setItem(loc, key, new PyDict());
            }
            return null;
        }
    }

    public static final class AnnotateName extends StmtNode {
        final String name;
        final ExprNode annotation;
        final ExprNode value;
        final Stores.Target target;
        public AnnotateName(String name, ExprNode annotation, ExprNode value, Stores.Target target) { this.name = name; this.annotation = annotation; this.value = value; this.target = target; }
        @Override public PyObject exec(Frame f) {
            if (value != null) target.store(f, value.eval(f));
            if (annotation != null) {
                PyObject ann = annotation.eval(f);
                PyObject loc = f.locals;
                PyObject anns;
                if (PyDict.isExact(loc)) anns = ((PyDict) loc).getStr("__annotations__");
                else {
                    try {
                        anns = Ops.getItem(loc, PyStr.of("__annotations__"));
                    } catch (PyException e) {
                        if (!e.matches(PyExc.KeyError)) throw e;
                        anns = null;
                    }
                }
                if (anns == null) {
                    // SETUP_ANNOTATIONS: a module or class body with annotations gets its dict
                    anns = new PyDict();
                    Ops.setItem(loc, PyStr.of("__annotations__"), anns);
                }
                Ops.setItem(anns, PyStr.of(name), ann);
            }
            return null;
        }
    }

    public static final class Delete extends StmtNode {
        final Stores.Target[] targets;
        public Delete(Stores.Target[] t) { targets = t; }
        @Override public PyObject exec(Frame f) {
            for (Stores.Target t : targets) t.delete(f);
            return null;
        }
    }

    public static final class If extends StmtNode {
        final ExprNode test;
        final StmtNode body, orelse;
        public If(ExprNode t, StmtNode b, StmtNode o) { test = t; body = b; orelse = o; }
        @Override public PyObject exec(Frame f) {
            PyObject c = test.eval(f);
            boolean t = c == PyBool.TRUE || (c != PyBool.FALSE && Ops.isTrue(c));
            if (t) return body.exec(f);
            if (orelse != null) return orelse.exec(f);
            return null;
        }
    }

    /** A loop's back edge is a safe point: a pending signal's handler runs here (KeyboardInterrupt). */
    static void safePoint(Frame f) {
        Interpreter in = f.code.interp;
        if (in.signals.pending) in.signals.runPending(f);
    }

    public static final class While extends StmtNode {
        final ExprNode test;
        final StmtNode body, orelse;
        public While(ExprNode t, StmtNode b, StmtNode o) { test = t; body = b; orelse = o; }
        @Override public PyObject exec(Frame f) {
            int ln = line;
            if (Ops.isTrue(test.eval(f))) {
                while (true) {
                    PyObject r = body.exec(f);
                    if (r != null) {
                        if (r == Signal.BREAK) return null;
                        if (r != Signal.CONTINUE) return r;
                        // continue: backward jump to the loop test
                        f.lineno = ln;
                        if (Trace.lineOn()) Trace.lineForced(f, ln);
                        safePoint(f);
                        if (!Ops.isTrue(test.eval(f))) break;
                        continue;
                    }
                    f.lineno = ln;
                    if (Trace.lineOn()) Trace.line(f, ln);
                    safePoint(f);
                    if (!Ops.isTrue(test.eval(f))) break;
                    f.traceLast = -1;   // backward jump into the body
                }
            }
            if (orelse != null) return orelse.exec(f);
            return null;
        }
    }

    public static final class For extends StmtNode {
        final Stores.Target target;
        final ExprNode iter;
        final StmtNode body, orelse;
        /** The iterable is already an iterator (a comprehension's .0): no GET_ITER. */
        public boolean direct;
        public For(Stores.Target t, ExprNode i, StmtNode b, StmtNode o) { target = t; iter = i; body = b; orelse = o; }
        @Override public PyObject exec(Frame f) {
            int ln = line;
            PyObject seq = iter.eval(f);
            if (seq instanceof PyRange && target instanceof Stores.Fast) {
                return rangeLoop(f, (PyRange) seq, ((Stores.Fast) target).idx);
            }
            PyObject it = direct ? seq : Ops.iter(seq);
            boolean first = true;
            while (true) {
                if (!first) {
                    f.lineno = ln;
                    if (Trace.lineOn()) Trace.lineForced(f, ln);
                    safePoint(f);
                }
                first = false;
                PyObject x = Ops.next(it);
                if (x == null) break;
                target.store(f, x);
                PyObject r = body.exec(f);
                if (r != null) {
                    if (r == Signal.BREAK) return null;
                    if (r != Signal.CONTINUE) return r;
                }
            }
            if (orelse != null) return orelse.exec(f);
            return null;
        }

        private PyObject rangeLoop(Frame f, PyRange rg, int idx) {
            int ln = line;
            long v = rg.start, step = rg.step;
            for (long n = rg.length; n > 0; n--) {
                f.fast[idx] = PyInt.of(v);
                v += step;
                PyObject r = body.exec(f);
                if (r != null) {
                    if (r == Signal.BREAK) return null;
                    if (r != Signal.CONTINUE) return r;
                }
                f.lineno = ln;
                if (Trace.lineOn()) Trace.lineForced(f, ln);
                safePoint(f);
            }
            if (orelse != null) return orelse.exec(f);
            return null;
        }
    }

    // ---- exceptions ------------------------------------------------------------------------------
    public static final class Raise extends StmtNode {
        final ExprNode exc, cause;
        public Raise(ExprNode e, ExprNode c) { exc = e; cause = c; }
        @Override public PyObject exec(Frame f) {
            Interpreter in = f.code.interp;
            if (exc == null) {
                PyBaseException h = in.handledExc;
                if (h == null) throw Err.runtimeError("No active exception to reraise");
                PyException pe = new PyException(h);
                pe.tbFrame = f;
                pe.contextSet = true;
                throw pe;
            }
            PyObject v = exc.eval(f);
            PyBaseException e;
            try {
                e = toException(v, false);
            } catch (PyException x) {
                throw x.at(f, pc);
            }
            if (cause != null) {
                PyObject c = cause.eval(f);
                try {
                    if (c == PyNone.INSTANCE) e.cause = null;
                    else e.cause = toException(c, true);
                } catch (PyException x) {
                    throw x.at(f, pc);
                }
                e.suppressContext = true;
            }
            PyException pe = new PyException(e);
            in.attachContext(pe);
            throw pe.at(f, pc);
        }
    }

    public static PyBaseException toException(PyObject v, boolean isCause) {
        if (v instanceof PyType && ((PyType) v).isException) {
            PyObject inst = v.call0();
            if (!(inst instanceof PyBaseException)) {
                throw Err.typeError("calling " + Ops.repr(v) + " should have returned an instance of BaseException, not " + inst.type().name);
            }
            return (PyBaseException) inst;
        }
        if (v instanceof PyBaseException) return (PyBaseException) v;
        throw Err.typeError(isCause ? "exception causes must derive from BaseException" : "exceptions must derive from BaseException");
    }

    public static final class Assert extends StmtNode {
        final ExprNode test, msg;
        public Assert(ExprNode t, ExprNode m) { test = t; msg = m; }
        @Override public PyObject exec(Frame f) {
            if (!Ops.isTrue(test.eval(f))) {
                PyObject m = msg == null ? null : msg.eval(f);
                PyException pe;
                try {
                    pe = m == null ? Err.make(PyExc.AssertionError) : Err.make(PyExc.AssertionError, m);
                } catch (PyException x) {
                    throw x.at(f, pc);
                }
                f.code.interp.attachContext(pe);
                throw pe.at(f, pc);
            }
            return null;
        }
    }

    public static final class Handler {
        final int line;
        final ExprNode type;      // null: bare except
        final Stores.Target name; // may be null
        final StmtNode body;
        public Handler(int line, ExprNode type, Stores.Target name, StmtNode body) { this.line = line; this.type = type; this.name = name; this.body = body; }
    }

    public static boolean exceptionMatches(PyBaseException exc, PyObject t) {
        if (t instanceof PyTuple) {
            for (PyObject x : ((PyTuple) t).items) if (exceptionMatches(exc, x)) return true;
            return false;
        }
        if (!(t instanceof PyType) || !((PyType) t).isException) {
            throw Err.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return exc.type().isSubtypeOf((PyType) t);
    }

    /** A try statement's finally clause around its body and handlers (tryExcept), for try and try*. */
    abstract static class TryFinally extends StmtNode {
        final StmtNode body;
        final Handler[] handlers;
        final StmtNode orelse, finalbody;
        TryFinally(StmtNode b, Handler[] h, StmtNode o, StmtNode fb) { body = b; handlers = h; orelse = o; finalbody = fb; }

        /** The body, the handlers and the else clause, without the finally clause. */
        abstract PyObject tryExcept(Frame f);

        @Override public PyObject exec(Frame f) {
            if (finalbody == null) return tryExcept(f);
            Interpreter in = f.code.interp;
            PyObject r;
            try {
                r = tryExcept(f);
            } catch (PyException e) {
                in.caught(e, f);
                PyBaseException saved = in.handledExc;
                in.handledExc = e.exc;
                PyObject fr;
                try {
                    fr = finalbody.exec(f);
                } catch (PyException e2) {
                    in.caught(e2, f);
                    in.handledExc = saved;
                    throw e2;
                }
                in.handledExc = saved;
                if (fr != null) return fr;
                throw e;
            }
            PyObject fr = finalbody.exec(f);
            if (fr != null) return fr;
            return r;
        }

    }

    public static final class Try extends TryFinally {
        public Try(StmtNode b, Handler[] h, StmtNode o, StmtNode fb) { super(b, h, o, fb); }

        @Override PyObject tryExcept(Frame f) {
            if (handlers.length == 0) {
                PyObject r = body.exec(f);
                if (r == null && orelse != null) return orelse.exec(f);
                return r;
            }
            PyObject r;
            try {
                r = body.exec(f);
            } catch (PyException e) {
                Interpreter in = f.code.interp;
                in.caught(e, f);
                PyBaseException exc = e.exc;
                for (Handler h : handlers) {
                    mark(f, h.line);
                    if (h.type == null || exceptionMatches(exc, h.type.eval(f))) {
                        if (h.name != null) h.name.store(f, exc);
                        PyBaseException saved = in.handledExc;
                        in.handledExc = exc;
                        PyObject hr;
                        try {
                            hr = h.body.exec(f);
                        } catch (PyException e2) {
                            in.caught(e2, f);
                            in.handledExc = saved;
                            if (h.name != null) clearName(f, h.name);
                            throw e2;
                        }
                        in.handledExc = saved;
                        if (h.name != null) clearName(f, h.name);
                        return hr;
                    }
                }
                throw e;
            }
            if (r == null && orelse != null) return orelse.exec(f);
            return r;
        }

        static void clearName(Frame f, Stores.Target t) {
            t.store(f, PyNone.INSTANCE);
            t.delete(f);
        }
    }

    /** try ... except* (PEP 654): each handler takes its part of the group; what is left or raised is raised at the end. */
    public static final class TryStar extends TryFinally {
        public TryStar(StmtNode b, Handler[] h, StmtNode o, StmtNode fb) { super(b, h, o, fb); }

        @Override PyObject tryExcept(Frame f) {
            PyObject r;
            try {
                r = body.exec(f);
            } catch (PyException e) {
                Interpreter in = f.code.interp;
                in.caught(e, f);
                PyBaseException orig = e.exc;
                PyBaseException rest = orig;
                java.util.List<PyBaseException> raised = new java.util.ArrayList<>();
                for (Handler h : handlers) {
                    if (rest == null) break;
                    mark(f, h.line);
                    PyObject t = h.type.eval(f);
                    PyBaseException[] mr = ExceptionGroups.match(rest, t);
                    if (mr[0] == null) continue;
                    PyBaseException match = mr[0];
                    rest = mr[1];
                    if (h.name != null) h.name.store(f, match);
                    PyBaseException saved = in.handledExc;
                    in.handledExc = match;
                    try {
                        h.body.exec(f);
                    } catch (PyException e2) {
                        in.caught(e2, f);
                        raised.add(e2.exc);
                    }
                    in.handledExc = saved;
                    if (h.name != null) Try.clearName(f, h.name);
                }
                raised.add(rest);
                PyBaseException out = ExceptionGroups.prepReraise(orig, raised);
                if (out == null) return null;
                if (out == orig) throw e;
                // raised as CPython's RERAISE: no traceback entry for this frame, no new __context__
                PyException pe = new PyException(out);
                pe.contextSet = true;
                pe.tbFrame = f;
                throw pe;
            }
            if (r == null && orelse != null) return orelse.exec(f);
            return r;
        }
    }

    public static final class With extends StmtNode {
        final ExprNode ctx;
        final Stores.Target target;
        final StmtNode body;
        public With(ExprNode c, Stores.Target t, StmtNode b) { ctx = c; target = t; body = b; }
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
            PyObject mgr = ctx.eval(f);
            PyType t = mgr.type();
            PyObject enter = t.lookup("__enter__");
            PyObject exit = t.lookup("__exit__");
            if (enter == null) throw Err.typeError("'" + t.name + "' object does not support the context manager protocol");
            if (exit == null) throw Err.typeError("'" + t.name + "' object does not support the context manager protocol (missed __exit__ method)");
            PyObject v = Ops.callDunder(enter, mgr);
            if (target != null) target.store(f, v);
            PyObject r;
            try {
                r = body.exec(f);
            } catch (PyException e) {
                in.caught(e, f);
                int raiseLine = f.lineno;
                mark(f, ln);
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
            mark(f, ln);
            Ops.callMethodRaw(exit, mgr, new PyObject[]{PyNone.INSTANCE, PyNone.INSTANCE, PyNone.INSTANCE}, null);
            return r;
        }
    }

    // ---- definitions -------------------------------------------------------------------------
    /** def / class statement: decorators, creation, decorator application, store (with CPython's line marks). */
    public static final class Define extends StmtNode {
        final ExprNode[] decorators;
        final int[] decoratorLines;
        final int defLine;
        final ExprNode make;
        final Stores.Target target;
        public Define(ExprNode[] decs, int[] decLines, int defLine, ExprNode make, Stores.Target target) {
            decorators = decs; decoratorLines = decLines; this.defLine = defLine; this.make = make; this.target = target;
        }
        @Override public PyObject exec(Frame f) {
            int n = decorators.length;
            PyObject[] decs = new PyObject[n];
            for (int i = 0; i < n; i++) {
                mark(f, decoratorLines[i]);
                decs[i] = decorators[i].eval(f);
            }
            PyObject v = make.eval(f);
            for (int i = n - 1; i >= 0; i--) {
                mark(f, decoratorLines[i]);
                v = decs[i].call1(v);
            }
            if (n > 0) mark(f, defLine);
            target.store(f, v);
            return null;
        }
    }

    public static final class ImportStmt extends StmtNode {
        final String module;
        final String asname;  // null: bind top-level package name
        final Stores.Target target;
        public ImportStmt(String module, String asname, Stores.Target target) { this.module = module; this.asname = asname; this.target = target; }
        @Override public PyObject exec(Frame f) {
            Interpreter in = f.code.interp;
            if (asname == null) {
                PyObject top = in.importModule(module, f.globals, null, 0);
                target.store(f, top);
            } else {
                PyObject top = in.importModule(module, f.globals, null, 0);
                PyObject m = top;
                String[] parts = module.split("\\.");
                for (int i = 1; i < parts.length; i++) {
                    PyObject next = Ops.getAttrOrNull(m, parts[i]);
                    if (next == null) {
                        String full = String.join(".", java.util.Arrays.copyOfRange(parts, 0, i + 1));
                        next = in.sysModules().getStr(full);
                        if (next == null) throw Err.make(PyExc.ImportError, "No module named '" + full + "'");
                    }
                    m = next;
                }
                target.store(f, m);
            }
            return null;
        }
    }

    public static final class ImportFrom extends StmtNode {
        final String module;
        final int level;
        final String[] names;
        final Stores.Target[] targets;   // null entry for '*'
        public ImportFrom(String module, int level, String[] names, Stores.Target[] targets) { this.module = module; this.level = level; this.names = names; this.targets = targets; }
        @Override public PyObject exec(Frame f) {
            Interpreter in = f.code.interp;
            PyObject m = in.importModule(module == null ? "" : module, f.globals, names, level);
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals("*")) {
                    in.imports.importStar(m, f);
                    continue;
                }
                targets[i].store(f, in.imports.importFrom(m, names[i]));
            }
            return null;
        }
    }
}
