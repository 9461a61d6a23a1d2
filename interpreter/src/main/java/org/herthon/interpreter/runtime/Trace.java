package org.herthon.interpreter.runtime;

import org.herthon.bridge.Probes;

/**
 * The probe sites' helper: every function/line probe of the evaluator goes through here, and
 * the same points feed an interpreter's Java {@link TraceListener} (tests).
 *
 * <p>Gates: reading a USDT semaphore through the bridge's VarHandle is cheap once the JIT has
 * compiled the site, but costly while code still runs in the bytecode interpreter or in C1's
 * profiling tier, which is where a short Herthon program spends much of its time. So the
 * function/line enabled states are mirrored in volatile booleans (a plain load on x86) that a
 * daemon thread refreshes from {@link Probes} every {@value #POLL_MILLIS} ms, and once
 * synchronously before an interpreter runs any code. A tracer that attaches later is seen
 * within that period. {@code -Dherthon.probeGates=direct} makes every site ask Probes directly.
 */
public final class Trace {
    private Trace() {}

    /** True once any interpreter in this JVM has a TraceListener. */
    public static boolean listeners;

    static final int POLL_MILLIS = 5;
    private static final boolean DIRECT = "direct".equals(System.getProperty("herthon.probeGates"));
    private static volatile boolean gateEntry, gateReturn, gateLine;
    private static boolean pollerStarted;

    /** Refreshes the gates now (before running code) and starts the poller once. */
    public static void refreshGates() {
        if (DIRECT) return;
        gateEntry = Probes.functionEntryEnabled();
        gateReturn = Probes.functionReturnEnabled();
        gateLine = Probes.lineEnabled();
        startPoller();
    }

    private static synchronized void startPoller() {
        if (pollerStarted || !Probes.on()) return;
        pollerStarted = true;
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                gateEntry = Probes.functionEntryEnabled();
                gateReturn = Probes.functionReturnEnabled();
                gateLine = Probes.lineEnabled();
            }
        }, "herthon-probe-gates");
        t.setDaemon(true);
        t.start();
    }

    public static boolean entryOn() { return DIRECT ? listeners | Probes.functionEntryEnabled() : listeners | gateEntry; }
    public static boolean returnOn() { return DIRECT ? listeners | Probes.functionReturnEnabled() : listeners | gateReturn; }
    public static boolean lineOn() { return DIRECT ? listeners | Probes.lineEnabled() : listeners | gateLine; }

    public static void entry(Frame f) {
        PyCode c = f.code;
        if (c.interp.traceSuppressed > 0) return;
        if (Probes.functionEntryEnabled()) Probes.functionEntry(c.site(), c.firstlineno, f.probeId());
        TraceListener l = c.interp.tracer;
        if (l != null) l.call(c.site(), c.firstlineno, f.probeId());
    }

    public static void ret(Frame f) {
        PyCode c = f.code;
        if (c.interp.traceSuppressed > 0) return;
        if (Probes.functionReturnEnabled()) Probes.functionReturn(c.site(), f.lineno, f.probeId());
        TraceListener l = c.interp.tracer;
        if (l != null) l.ret(c.site(), f.lineno, f.probeId());
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
    }
}
