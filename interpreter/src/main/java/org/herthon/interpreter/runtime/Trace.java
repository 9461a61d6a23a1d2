package org.herthon.interpreter.runtime;

import org.herthon.bridge.Probes;
import org.herthon.interpreter.Interpreter;

/**
 * The probe sites' helper: every function/line probe of the evaluator goes through here, and
 * the same points feed an interpreter's Java {@link TraceListener} (tests). The checks are the
 * bridge's own ({@link Probes}), a load and a branch in every JIT tier.
 */
public final class Trace {
    private Trace() {}

    /** True once any interpreter in this JVM has a TraceListener, or a thread a sys.settrace/setprofile function. */
    public static boolean listeners;

    public static boolean entryOn() { return listeners | Probes.functionEntryEnabled(); }
    public static boolean returnOn() { return listeners | Probes.functionReturnEnabled(); }
    public static boolean lineOn() { return listeners | Probes.lineEnabled(); }

    /** Whether anyone wants line events from this interpreter: the line probe, its listener, or a sys.settrace function. */
    public static boolean linesWanted(Interpreter in) {
        TraceListener l = in.tracer;
        return Probes.lineEnabled() || l != null && l.wantsLines() || in.sysTrace != null;
    }

    public static void entry(Frame f) {
        PyCode c = f.code;
        if (c.interp.traceSuppressed > 0) return;
        if (Probes.functionEntryEnabled()) Probes.functionEntry(c.site(), c.firstlineno, f.probeId());
        TraceListener l = c.interp.tracer;
        if (l != null) l.call(c.site(), c.firstlineno, f.probeId());
        SysTrace s = c.interp.sysTrace;
        if (s != null) s.call(f);
    }

    /**
     * The frame stops executing (return, exception, yield): its return probe, and the end of the
     * call a watcher may be timing (the JFR sink's slow calls; one field check when none is).
     */
    public static void returned(Frame f) {
        returned(f, null);
    }

    /** As {@link #returned(Frame)}, with the value a sys.settrace function sees (null: None). */
    public static void returned(Frame f, PyObject value) {
        if (returnOn()) ret(f, value);
        f.endTimedCall();
    }

    private static void ret(Frame f, PyObject value) {
        PyCode c = f.code;
        if (c.interp.traceSuppressed > 0) return;
        if (Probes.functionReturnEnabled()) Probes.functionReturn(c.site(), f.lineno, f.probeId());
        TraceListener l = c.interp.tracer;
        if (l != null) l.ret(c.site(), f.lineno, f.probeId());
        SysTrace s = c.interp.sysTrace;
        if (s != null) s.ret(f, value);
    }

    /** A statement (or instruction group) of line 'line' starts: report it if the line changed. */
    public static void line(Frame f, int line) {
        if (line != f.traceLast) {
            f.traceLast = line;
            fireLine(f, line);
        }
    }

    /** Unconditional report (backward jumps). */
    public static void lineForced(Frame f, int line) {
        f.traceLast = line;
        fireLine(f, line);
    }

    private static void fireLine(Frame f, int line) {
        PyCode c = f.code;
        if (c.interp.traceSuppressed > 0) return;
        if (Probes.lineEnabled()) Probes.line(c.site(), line);
        TraceListener l = c.interp.tracer;
        if (l != null) l.line(c.site(), line);
        SysTrace s = c.interp.sysTrace;
        if (s != null) s.line(f);
    }
}
