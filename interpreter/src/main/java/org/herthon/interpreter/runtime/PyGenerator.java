package org.herthon.interpreter.runtime;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.nodes.YieldSignal;

public class PyGenerator extends PyObject {
    final Frame frame;
    final PyCode code;
    public String name, qualname;
    boolean started, finished, running;
    /** The value of the finished generator's return statement (for yield from / StopIteration). */
    PyObject returnValue;
    /** The iterator this generator delegates to (yield from / await) while suspended there, else null. */
    public PyObject yf;
    /**
     * Suspended at a yield from whose delegate is a plain generator, outside the frame's except
     * blocks: the next send may go to the delegate without replaying this frame's statements
     * ({@link org.herthon.interpreter.nodes.Gen#RESUME_DELEGATE}).
     */
    public boolean delegatesDirectly;

    public PyCode code() { return code; }

    /** "generator", "coroutine" or "async generator" (for CPython's messages). */
    String kind() { return "generator"; }

    public PyGenerator(Frame f, PyFunction fn) {
        this.frame = f;
        this.code = f.code;
        this.name = fn.name;
        this.qualname = fn.qualname;
        f.generator = this;
        if (code.nstate > 0) f.state = new Object[code.nstate];
    }

    @Override public PyType type() { return PyType.GENERATOR; }
    @Override public String pyRepr() { return "<generator object " + qualname + " at " + Ops.addressString(this) + ">"; }
    @Override public boolean isIterable() { return true; }
    @Override public PyObject pyIter() { return this; }
    @Override public boolean isIterator() { return true; }
    @Override public PyObject pyNext() {
        PyObject r = resume(null, null);
        if (r == null) returnValue = null;
        return r;
    }

    /**
     * Runs the generator until its next yield. Returns the yielded value, or null when it
     * finished (returnValue holds the return value). Exceptions propagate.
     */
    public PyObject resume(PyObject sent, PyException thrown) {
        PyObject sub = yf;
        if (thrown != null && sub != null && !finished && !running) {
            // CPython's _gen_throw: the exception goes to the delegate first, without entering this frame
            boolean toFrame = true;
            running = true;
            try {
                if (thrown.matches(PyExc.GeneratorExit)) {
                    closeIter(sub);
                } else {
                    PyObject[] ret = new PyObject[1];
                    // a generator delegate runs with this frame current (its f_back), as CPython's _gen_throw
                    Interpreter in = code.interp;
                    Frame prev = in.frame;
                    boolean push = sub instanceof PyGenerator && !(sub instanceof PyAsyncGenerator);
                    if (push) {
                        frame.back = prev;
                        in.frame = frame;
                    }
                    PyObject v;
                    try {
                        v = throwInto(sub, thrown, ret);
                    } finally {
                        if (push) in.frame = prev;
                    }
                    if (v != null) { toFrame = false; return v; }
                    sent = ret[0];
                    thrown = null;
                }
            } catch (PyException e) {
                thrown = e;
            } finally {
                running = false;
            }
            if (toFrame) {
                direct = true;
                try {
                    return resume0(sent, thrown);
                } finally {
                    direct = false;
                }
            }
        }
        return resume0(sent, thrown);
    }

    static void closeIter(PyObject sub) {
        if (sub instanceof PyGenerator && !(sub instanceof PyAsyncGenerator)) ((PyGenerator) sub).close();
        else if (sub instanceof PyAwaitable) ((PyAwaitable) sub).close();
        else {
            PyObject c = Ops.getAttrOrNull(sub, "close");
            if (c != null) c.call0();
        }
    }

    private PyObject resume0(PyObject sent, PyException thrown) {
        if (finished) {
            if (this instanceof PyCoroutine) throw Err.runtimeError("cannot reuse already awaited coroutine");
            if (thrown != null) throw thrown;
            return null;
        }
        if (running) throw Err.valueError(kind() + " already executing");
        if (!started && sent != null && sent != PyNone.INSTANCE && thrown == null) {
            throw Err.typeError("can't send non-None value to a just-started " + kind());
        }
        Frame f = frame;
        final Interpreter in = code.interp;
        if (!started && thrown != null) {
            // CPython 3.11 enters the frame and unwinds it at once (call and return events)
            finished = true;
            f.lineno = code.firstlineno;
            try {
                if (Trace.entryOn()) Trace.entry(f);
            } catch (PyException fromTracer) {
                Trace.returned(f);
                throw fromTracer;
            }
            // the frame raised it at its first line: its traceback entry
            thrown.addTraceback(f);
            Trace.returned(f);
            throw thrown;
        }
        f.resuming = started;
        started = true;
        f.sent = sent;
        f.thrown = thrown;
        if (++in.depth > in.recursionLimit) {
            in.depth--;
            throw in.recursionError();
        }
        f.forgetTimedCall();
        Frame.push(in, f);
        running = true;
        PyBaseException savedExc = in.handledExc;
        outerExc = savedExc;
        boolean toDelegate = thrown == null && f.resuming && delegatesDirectly && yf != null
                && getClass() == PyGenerator.class && !Trace.linesWanted(in);
        try {
            // inside the try: a sys.settrace function that raises at the call ends the generator
            if (Trace.entryOn()) Trace.entry(f);
            PyObject r = code.run(toDelegate ? org.herthon.interpreter.nodes.Gen.RESUME_DELEGATE : code.body, f);
            if (r == org.herthon.interpreter.nodes.Signal.YIELD) {
                PyObject v = f.yielded;
                f.yielded = null;
                Trace.returned(f, v);
                return v;
            }
            finished = true;
            returnValue = r == null ? PyNone.INSTANCE : r;
            f.state = null;
            Trace.returned(f, returnValue);
            return null;
        } catch (YieldSignal y) {
            PyObject v = f.yielded;
            f.yielded = null;
            Trace.returned(f, v);
            return v;
        } catch (PyException e) {
            finished = true;
            f.state = null;
            in.caught(e, f);
            Trace.returned(f);
            boolean stopAsync = this instanceof PyAsyncGenerator && e.matches(PyExc.StopAsyncIteration);
            if (e.matches(PyExc.StopIteration) || stopAsync) {
                PyException re = Err.runtimeError(kind() + " raised " + (stopAsync ? "StopAsyncIteration" : "StopIteration"));
                re.exc.cause = e.exc;
                re.exc.context = e.exc;
                re.exc.suppressContext = true;
                re.contextSet = true;
                re.exc.traceback = e.exc.traceback;
                re.tbFrame = f;
                throw re;
            }
            throw e;
        } finally {
            running = false;
            in.depth--;
            in.frame = f.back;
            in.handledExc = savedExc;
            if (in.sysTrace != null) raisePendingTraceError(in);
        }
    }

    /** What a sys.settrace function raised at the return or an exception: the resumer sees it raised. */
    private static void raisePendingTraceError(Interpreter in) {
        PyException e = SysTrace.takePending(in);
        if (e != null) throw e;
    }

    public PyObject send(PyObject v) {
        PyObject r = resume(v, null);
        if (r == null) {
            PyObject rv = returnValue;
            returnValue = null;
            throw Err.stopIteration(rv);
        }
        return r;
    }

    /** The exception of a throw(typ[, val[, tb]]) call; a[0] is self. */
    /**
     * throw(typ[, val[, tb]]) of generators and coroutines, as CPython's _gen_throw: the
     * exception to throw in. A class is instantiated as PyErr_NormalizeException does; when that
     * fails, its error is what gets thrown in.
     */
    public static PyException throwArgs(String fn, PyObject[] a) {
        if (a.length < 2) throw Err.typeError(fn + " expected at least 1 argument, got 0");
        if (a.length > 4) throw Err.typeError(fn + " expected at most 3 arguments, got " + (a.length - 1));
        PyObject typ = a[1];
        PyObject val = a.length > 2 ? a[2] : PyNone.INSTANCE;
        PyObject tb = a.length > 3 ? a[3] : PyNone.INSTANCE;
        if (tb != PyNone.INSTANCE && !(tb instanceof PyTraceback)) throw Err.typeError(fn + "() third argument must be a traceback object");
        PyBaseException exc;
        if (typ instanceof PyType && ((PyType) typ).isException) {
            try {
                exc = normalize((PyType) typ, val);
            } catch (PyException e) {
                return e;
            }
        } else if (typ instanceof PyBaseException) {
            if (val != PyNone.INSTANCE) throw Err.typeError("instance exception may not have a separate value");
            exc = (PyBaseException) typ;
        } else {
            throw Err.typeError("exceptions must be classes or instances deriving from BaseException, not " + typ.type().name);
        }
        if (tb instanceof PyTraceback) exc.traceback = (PyTraceback) tb;
        return new PyException(exc);
    }

    /** PyErr_NormalizeException for a class and a value: the value if it is an instance, else the class called with it. */
    private static PyBaseException normalize(PyType typ, PyObject val) {
        if (val instanceof PyBaseException && val.type().isSubtypeOf(typ)) return (PyBaseException) val;
        PyObject inst;
        if (val == PyNone.INSTANCE) inst = typ.call0();
        else if (val instanceof PyTuple) inst = typ.call(((PyTuple) val).items, null);
        else inst = typ.call1(val);
        if (!(inst instanceof PyBaseException)) {
            throw Err.typeError("calling " + Ops.repr(typ) + " should have returned an instance of BaseException, not " + inst.type().name);
        }
        return (PyBaseException) inst;
    }

    public PyObject throwExc(PyException e) {
        // CPython puts a thrown exception in place with PyErr_Restore: it gets no __context__
        // from the exception being handled where throw() is called.
        e.contextSet = true;
        PyObject r = resume(PyNone.INSTANCE, e);
        if (r == null) {
            PyObject rv = returnValue;
            returnValue = null;
            throw Err.stopIteration(rv);
        }
        return r;
    }

    /**
     * Set while the frame resumes at a yield from / await whose delegate was already thrown
     * into (or closed) by {@link #resume}: the node raises f.thrown or returns f.sent itself.
     */
    public boolean direct;

    /** The exception being handled where this generator was last resumed (not its own). */
    public PyBaseException outerExc;

    public void close() {
        if (finished) return;
        PyException ge = Err.make(PyExc.GeneratorExit);
        PyObject r;
        try {
            r = resume(PyNone.INSTANCE, ge);
        } catch (PyException e) {
            if (e.matches(PyExc.GeneratorExit) || e.matches(PyExc.StopIteration)) return;
            throw e;
        }
        if (r != null) throw Err.runtimeError(kind() + " ignored GeneratorExit");
    }

    /** yield from helper: next/send into sub; null when finished (ret[0] = return value). */
    public static PyObject sendInto(PyObject sub, PyObject sent, PyObject[] ret) {
        if (sub instanceof PyGenerator) {
            PyGenerator g = (PyGenerator) sub;
            PyObject r = g.resume(sent, null);
            if (r == null) { ret[0] = g.returnValue; g.returnValue = null; }
            return r;
        }
        if (sub instanceof PyAwaitable) {
            try {
                return ((PyAwaitable) sub).send(sent == null ? PyNone.INSTANCE : sent);
            } catch (PyException e) {
                if (e.matches(PyExc.StopIteration)) { ret[0] = stopValue(e); return null; }
                throw e;
            }
        }
        if (sent == null || sent == PyNone.INSTANCE) {
            PyObject t = sub.type().builtin ? null : sub.type().lookup("__next__");
            if (t == null) {
                PyObject r = Ops.next(sub);
                if (r == null) ret[0] = PyNone.INSTANCE;
                return r;
            }
            try {
                return Ops.callDunder(t, sub);
            } catch (PyException e) {
                if (e.matches(PyExc.StopIteration)) { ret[0] = stopValue(e); return null; }
                throw e;
            }
        }
        try {
            return Ops.getAttr(sub, "send").call1(sent);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) { ret[0] = stopValue(e); return null; }
            throw e;
        }
    }

    public static PyObject throwInto(PyObject sub, PyException t, PyObject[] ret) {
        if (t.matches(PyExc.GeneratorExit)) {
            if (sub instanceof PyGenerator && !(sub instanceof PyAsyncGenerator)) ((PyGenerator) sub).close();
            else if (sub instanceof PyAwaitable) ((PyAwaitable) sub).close();
            else {
                PyObject c = Ops.getAttrOrNull(sub, "close");
                if (c != null) c.call0();
            }
            throw t;
        }
        if (sub instanceof PyGenerator) {
            PyGenerator g = (PyGenerator) sub;
            PyObject r = g.resume(PyNone.INSTANCE, t);
            if (r == null) { ret[0] = g.returnValue; g.returnValue = null; }
            return r;
        }
        if (sub instanceof PyAwaitable) {
            try {
                return ((PyAwaitable) sub).throwExc(t);
            } catch (PyException e) {
                if (e.matches(PyExc.StopIteration)) { ret[0] = stopValue(e); return null; }
                throw e;
            }
        }
        PyObject th = Ops.getAttrOrNull(sub, "throw");
        if (th == null) throw t;
        try {
            return th.call1(t.exc);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) { ret[0] = stopValue(e); return null; }
            throw e;
        }
    }

    static PyObject stopValue(PyException e) {
        PyObject v = e.exc.attr("value");
        return v == null ? PyNone.INSTANCE : v;
    }

    /** __name__ and __qualname__ can be set to strings (not deleted), as CPython's gen_set_name/gen_set_qualname. */
    @Override public void pySetAttr(String n, PyObject v) {
        if (n.equals("__name__") || n.equals("__qualname__")) {
            if (!(v instanceof PyStr)) throw Err.typeError(n + " must be set to a string object");
            if (n.equals("__name__")) name = ((PyStr) v).value;
            else qualname = ((PyStr) v).value;
            return;
        }
        super.pySetAttr(n, v);
    }

    @Override public void pyDelAttr(String n) {
        if (n.equals("__name__") || n.equals("__qualname__")) throw Err.typeError(n + " must be set to a string object");
        super.pyDelAttr(n);
    }

    @Override public PyObject pyGetAttr(String n) {
        switch (n) {
            case "__name__": return PyStr.of(name);
            case "__qualname__": return PyStr.of(qualname);
            case "gi_frame": return finished ? PyNone.INSTANCE : frame;
            case "gi_running": return PyBool.of(running);
            case "gi_code": return code;
            // only a suspended generator is delegating (CPython's _PyGen_yf)
            case "gi_yieldfrom": return yf == null || running ? PyNone.INSTANCE : yf;
            case "gi_suspended": return PyBool.of(started && !finished && !running);
            default: return super.pyGetAttr(n);
        }
    }
}
