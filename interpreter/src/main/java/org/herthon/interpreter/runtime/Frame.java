package org.herthon.interpreter.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.herthon.bridge.ProbeSite;
import org.herthon.interpreter.Interpreter;
import org.herthon.bridge.Probes;
import org.herthon.bridge.stack.ActiveFrame;
import org.herthon.bridge.stack.CallTimer;

/**
 * One activation of a code object. As an {@link ActiveFrame} it is seen by watchers on other
 * threads (the JFR sink's slow-call watcher) while it is on its thread's stack.
 */
public final class Frame extends PyObject implements ActiveFrame {
    /** Fast locals, then cell variables (PyCell), then free variables (PyCell). */
    public final PyObject[] fast;
    public final PyCode code;
    public final PyDict globals;
    /** The locals mapping of module and class bodies (null in function frames). */
    public PyObject locals;
    public PyDict builtins;
    /** The line executing now (tracebacks, return probes). */
    public int lineno;
    /** The last line reported to line tracing in this frame; -1 forces the next report. */
    public int traceLast;
    public Frame back;
    /** 0 until first asked for; set once, possibly by a watcher on another thread (see {@link #probeId()}). */
    private long probeId;
    /** What a watcher timing this frame's call put here; ended when the frame stops executing. */
    private CallTimer callTimer;
    /** Generator state slots (null outside generators). */
    public Object[] state;
    /** True while a resumed generator re-walks its nodes to the suspended yield. */
    public boolean resuming;
    /** Value sent into a resumed generator, or exception thrown into it. */
    public PyObject sent;
    public PyException thrown;
    /** The value being yielded. */
    public PyObject yielded;
    public PyGenerator generator;
    /** frame.f_trace: the local trace function of sys.settrace (null: none). */
    public PyObject localTrace;
    /** frame.f_trace_lines: whether the local trace function gets line events. */
    public boolean traceLines = true;

    public Frame(PyCode code, PyDict globals, int nslots) {
        this.code = code;
        this.globals = globals;
        this.fast = nslots == 0 ? EMPTY : new PyObject[nslots];
        this.builtins = code.interp.builtinsDict;
    }

    public long probeId() {
        long id = probeId;
        return id != 0 ? id : newProbeId();
    }

    /** The first call: a watcher may ask at the same time as the frame's own thread, and both must get one id. */
    private long newProbeId() {
        long id = Probes.newFrameId();
        return PROBE_ID.compareAndSet(this, 0L, id) ? id : (long) PROBE_ID.getVolatile(this);
    }

    /** The frame stopped executing (return, exception, yield): ends the call a watcher was timing. */
    public void endTimedCall() {
        CallTimer timer = (CallTimer) CALL_TIMER.getAcquire(this);
        if (timer != null) {
            callTimer = null;
            timer.ended();
        }
    }

    /** A generator frame resumes: a timer left from an earlier run (hung on just as it stopped) is stale. */
    public void forgetTimedCall() {
        callTimer = null;
    }

    @Override public ProbeSite site() { return code.site(); }
    @Override public long frameId() { return probeId(); }
    @Override public ActiveFrame caller() { return back; }
    @Override public CallTimer timer() { return (CallTimer) CALL_TIMER.getAcquire(this); }
    @Override public void timer(CallTimer timer) { CALL_TIMER.setRelease(this, timer); }

    /**
     * Makes {@code f} the innermost frame of the thread running {@code in}'s code. A release
     * store: a watcher that reads it with {@link #innermost} sees {@code f.back} already set.
     */
    static void push(Interpreter in, Frame f) {
        f.back = in.frame;
        INNERMOST.setRelease(in, f);
    }

    /** The innermost frame of the thread running {@code in}'s code, read from any thread. */
    public static Frame innermost(Interpreter in) {
        return (Frame) INNERMOST.getAcquire(in);
    }

    private static final VarHandle PROBE_ID;
    private static final VarHandle CALL_TIMER;
    private static final VarHandle INNERMOST;
    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            INNERMOST = lookup.findVarHandle(Interpreter.class, "frame", Frame.class);
            PROBE_ID = lookup.findVarHandle(Frame.class, "probeId", long.class);
            CALL_TIMER = lookup.findVarHandle(Frame.class, "callTimer", CallTimer.class);
        } catch (ReflectiveOperationException impossible) {
            throw new ExceptionInInitializerError(impossible);
        }
    }

    @Override public PyType type() { return PyType.FRAME; }

    @Override public PyObject pyGetAttr(String name) {
        switch (name) {
            case "f_lineno": return PyInt.of(lineno);
            case "f_code": return code;
            case "f_globals": return globals;
            case "f_back": return back == null ? PyNone.INSTANCE : back;
            // no bytecode: -1 tells traceback and inspect there are no column positions to show
            case "f_lasti": return PyInt.of(-1);
            case "f_builtins": return builtins;
            case "f_locals": return code.interp.localsOf(this);
            case "f_trace": return localTrace == null ? PyNone.INSTANCE : localTrace;
            case "f_trace_lines": return PyBool.of(traceLines);
            case "f_trace_opcodes": return PyBool.FALSE;
            case "clear": return PyBuiltinFunction.of0("clear", () -> {
                clear();
                return PyNone.INSTANCE;
            });
            default: return super.pyGetAttr(name);
        }
    }
    @Override public void pySetAttr(String name, PyObject value) {
        switch (name) {
            case "f_trace" -> localTrace = value == PyNone.INSTANCE ? null : value;
            case "f_trace_lines" -> traceLines = Ops.isTrue(value);
            // no opcode events: setting it is accepted, as a tracer that never asks for them
            case "f_trace_opcodes" -> Ops.isTrue(value);
            case "f_lineno" -> throw Err.valueError(localTrace == null ? "f_lineno can only be set by a trace function"
                    : "Herthon cannot jump to another line: f_lineno cannot be set");
            default -> super.pySetAttr(name, value);
        }
    }

    @Override public void pyDelAttr(String name) {
        if (name.equals("f_trace")) {
            localTrace = null;
        } else {
            super.pyDelAttr(name);
        }
    }

    /**
     * frame.clear(): drops the frame's local variables (traceback.clear_frames, unittest), closing
     * its generator first if it is a suspended one. A frame still running on this thread refuses.
     */
    void clear() {
        for (Frame f = code.interp.frame; f != null; f = f.back) {
            if (f == this) throw Err.runtimeError("cannot clear an executing frame");
        }
        if (generator != null) generator.close();
        java.util.Arrays.fill(fast, null);
    }

    @Override public String pyRepr() {
        return "<frame at " + Ops.addressString(this) + ", file '" + code.filename + "', line " + lineno + ", code " + code.name + ">";
    }
}
