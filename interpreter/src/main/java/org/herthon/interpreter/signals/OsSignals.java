package org.herthon.interpreter.signals;

import java.lang.ref.WeakReference;

import org.herthon.interpreter.Interpreter;
import sun.misc.Signal;

/**
 * Routes the process's SIGINT, SIGTERM and SIGHUP to one interpreter's {@link Signals} (the
 * command line's). The JVM's own handlers would run the shutdown hooks at once, while the
 * program keeps running: no {@code finally}, no KeyboardInterrupt, and a {@code --jfr}
 * recording dumped while the program still prints.
 */
public final class OsSignals {
    private OsSignals() {}

    /** How long a signal whose default action ends the process waits for the program to stop. */
    private static final long STOP_BOUND_MILLIS = 10_000;

    /**
     * Installs the handlers, routing to {@code signals}, whose main thread is the calling one. A
     * signal that was ignored when the process started (a background job of a non-interactive
     * shell) stays ignored, as in CPython.
     */
    public static void install(Signals signals) {
        signals.setMainThread(Thread.currentThread());
        WeakReference<Signals> target = new WeakReference<>(signals);
        for (int signum : Signals.HANDLED) {
            String name = name(signum);
            try {
                Signal.handle(new Signal(name), s -> arrived(target.get(), signum));
            } catch (IllegalArgumentException ignoredAtStart) {
                // the JVM refuses signals that were SIG_IGN at start-up: they stay ignored
            }
        }
    }

    private static String name(int signum) {
        switch (signum) {
            case Signals.SIGHUP: return "HUP";
            case Signals.SIGINT: return "INT";
            case Signals.SIGTERM: return "TERM";
            default: throw new IllegalArgumentException("signal " + signum);
        }
    }

    /** signal.raise_signal: as if the OS had delivered it (a default action ends the process). */
    static void raise(Signals signals, int signum) {
        if (signals.ignored(signum)) return;
        // the program itself is at a safe point: a default action ends it here, no finally runs
        if (signals.terminatesByDefault(signum)) throw new Interpreter.ExitSignal(128 + signum);
        signals.deliver(signum);
    }

    /** On the JVM's signal thread. */
    private static void arrived(Signals signals, int signum) {
        if (signals == null) {
            System.exit(128 + signum);
            return;
        }
        if (signals.ignored(signum)) return;
        boolean ends = signals.terminatesByDefault(signum);
        signals.deliver(signum);
        if (ends) {
            // CPython dies here. The main thread stops at its next safe point; then the process
            // exits through the shutdown hooks, so a --jfr recording is written complete.
            signals.awaitTermination(STOP_BOUND_MILLIS);
            System.exit(128 + signum);
        }
    }
}
