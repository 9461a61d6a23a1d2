package org.herthon.interpreter.runtime;

import org.herthon.interpreter.Interpreter;

/**
 * {@code sys.settrace} and {@code sys.setprofile} of the thread running an interpreter's code, as
 * CPython 3.11's {@code trace_trampoline} and {@code profile_trampoline} drive them: called at the
 * points where the function and line probes fire (so in the order the probes and CPython's own
 * tracing share), with CPython's events and arguments.
 *
 * <ul>
 *   <li>{@code call}: the global trace function, whose result (unless None) becomes the frame's
 *       local trace function ({@code frame.f_trace}); then the profile function.</li>
 *   <li>{@code line}: the frame's local trace function, if it has one and {@code f_trace_lines};
 *       a result other than None replaces it.</li>
 *   <li>{@code return} (also at a yield, with the yielded value; None when an exception leaves):
 *       the local trace function, then the profile function.</li>
 *   <li>{@code exception}: the local trace function, with {@code (type, value, traceback)}, once
 *       per frame an exception reaches.</li>
 * </ul>
 * No events reach a trace or profile function from its own code (CPython's {@code tstate->tracing}).
 * The profile function gets no {@code c_call}/{@code c_return}/{@code c_exception}: Herthon's
 * builtins are not seen as calls. A trace function that raises is removed, as in CPython; at a
 * call or a line its exception propagates from there, and at a return or an exception event (where
 * the frame is already leaving) from the frame's exit.
 *
 * <p>A profiler written in Java ({@code _lsprof}, behind {@code cProfile}) installs a
 * {@link ProfileHook} instead of a function: it gets the same call and return events without a
 * Python call each, and {@code sys.getprofile()} returns its owner, as CPython's C profilers do.
 *
 * <p>One object per thread: the interpreter's field is swapped with the rest of a thread's
 * execution state when threads take turns ({@code Gil.State}).
 */
public final class SysTrace {
    /** The profile events, for a profiler written in Java. */
    public interface ProfileHook {
        /** Frame f starts running (a call, or a generator resumed). */
        void call(Frame f);

        /** Frame f stops running (a return, an exception leaving it, or a yield). */
        void ret(Frame f);
    }

    private static final PyStr CALL = PyStr.of("call"), LINE = PyStr.of("line"), RETURN = PyStr.of("return"),
            EXCEPTION = PyStr.of("exception");

    /** The global trace function (sys.gettrace), or null. */
    private PyObject trace;
    /** The profile function (sys.getprofile), or null. */
    private PyObject profile;
    /** The Java profiler that stands behind {@link #profile}, or null when that is a Python function. */
    private ProfileHook hook;
    /** True while a trace or profile function runs. */
    private boolean busy;
    /** What a trace function raised where it could not propagate at once (return and exception events). */
    private PyException pending;

    private SysTrace() {}

    /** sys.settrace(func): None removes it. */
    public static void setTrace(Interpreter in, PyObject func) {
        in.audit("sys.settrace");
        SysTrace s = forThread(in, func != PyNone.INSTANCE);
        if (s == null) return;
        s.trace = func == PyNone.INSTANCE ? null : func;
        dropIfIdle(in);
    }

    /** sys.setprofile(func): None removes it. */
    public static void setProfile(Interpreter in, PyObject func) {
        setProfile(in, func == PyNone.INSTANCE ? null : func, null);
    }

    /** A Java profiler for this thread (null: none), which sys.getprofile() shows as owner. */
    public static void setProfile(Interpreter in, PyObject owner, ProfileHook hook) {
        in.audit("sys.setprofile");
        SysTrace s = forThread(in, owner != null);
        if (s == null) return;
        s.profile = owner;
        s.hook = owner == null ? null : hook;
        dropIfIdle(in);
    }

    public static PyObject getTrace(Interpreter in) {
        SysTrace s = in.sysTrace;
        return s == null || s.trace == null ? PyNone.INSTANCE : s.trace;
    }

    public static PyObject getProfile(Interpreter in) {
        SysTrace s = in.sysTrace;
        return s == null || s.profile == null ? PyNone.INSTANCE : s.profile;
    }

    /** The running thread's hooks; made when a function is being installed, else null if it has none. */
    private static SysTrace forThread(Interpreter in, boolean installing) {
        SysTrace s = in.sysTrace;
        if (s == null && installing) {
            s = new SysTrace();
            in.sysTrace = s;
            // the probe sites' guard: from now on they reach Trace's slow path in this JVM
            Trace.listeners = true;
        }
        return s;
    }

    private static void dropIfIdle(Interpreter in) {
        SysTrace s = in.sysTrace;
        if (s != null && s.trace == null && s.profile == null && s.pending == null && !s.busy) in.sysTrace = null;
    }

    // ---- events (from Trace, with the frame's code not suppressed) ----------------------------------

    void call(Frame f) {
        if (busy) return;
        // a new frame is at its def line (co_firstlineno) until its first line runs
        if (f.lineno == 0) f.lineno = f.code.firstlineno;
        if (trace != null) {
            PyObject local = run(trace, f, CALL, PyNone.INSTANCE, true);
            if (local != null && local != PyNone.INSTANCE) f.localTrace = local;
        }
        if (hook != null) hooked(f, true);
        else if (profile != null) run(profile, f, CALL, PyNone.INSTANCE, false);
    }

    void line(Frame f) {
        PyObject local = f.localTrace;
        if (busy || local == null || !f.traceLines || trace == null) return;
        PyObject r = run(local, f, LINE, PyNone.INSTANCE, true);
        if (r != null && r != PyNone.INSTANCE) f.localTrace = r;
    }

    void ret(Frame f, PyObject value) {
        if (busy) return;
        PyObject arg = value == null ? PyNone.INSTANCE : value;
        try {
            PyObject local = f.localTrace;
            if (local != null && trace != null) run(local, f, RETURN, arg, true);
            if (hook != null) hooked(f, false);
            else if (profile != null) run(profile, f, RETURN, arg, false);
        } catch (PyException e) {
            pending = e;
        }
    }

    /** An exception reached frame f (raised there or passed on from a call). */
    public void exception(Frame f, PyException e) {
        PyObject local = f.localTrace;
        if (busy || local == null || trace == null) return;
        PyBaseException exc = e.exc;
        PyObject tb = exc.traceback == null ? PyNone.INSTANCE : exc.traceback;
        try {
            PyObject r = run(local, f, EXCEPTION, PyTuple.of(exc.type(), exc, tb), true);
            if (r != null && r != PyNone.INSTANCE) f.localTrace = r;
        } catch (PyException raised) {
            pending = raised;
        }
    }

    /**
     * After a frame was popped: what a trace function raised at its return or exception event,
     * which the caller then sees raised by the call (as CPython's caller sees the failed call).
     */
    public static PyException takePending(Interpreter in) {
        SysTrace s = in.sysTrace;
        if (s == null || s.pending == null) return null;
        PyException e = s.pending;
        s.pending = null;
        dropIfIdle(in);
        return e;
    }

    /** A Java profiler's event; what it calls (an external timer) runs untraced, as a profile function's code does. */
    private void hooked(Frame f, boolean call) {
        busy = true;
        try {
            if (call) hook.call(f);
            else hook.ret(f);
        } finally {
            busy = false;
        }
    }

    /** Calls a trace (or profile) function; one that raises is removed, and its exception propagates. */
    private PyObject run(PyObject func, Frame f, PyStr event, PyObject arg, boolean isTrace) {
        busy = true;
        try {
            return func.call3(f, event, arg);
        } catch (PyException e) {
            if (isTrace) {
                trace = null;
                f.localTrace = null;
            } else {
                profile = null;
            }
            throw e;
        } finally {
            busy = false;
        }
    }
}
