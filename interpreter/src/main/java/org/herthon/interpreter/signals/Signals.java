package org.herthon.interpreter.signals;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import org.herthon.interpreter.runtime.Err;
import org.herthon.interpreter.runtime.Frame;
import org.herthon.interpreter.runtime.PyExc;
import org.herthon.interpreter.runtime.PyException;
import org.herthon.interpreter.runtime.PyInt;
import org.herthon.interpreter.runtime.PyNone;
import org.herthon.interpreter.runtime.PyObject;

/**
 * One interpreter's signal state, as CPython keeps it: an OS signal only marks itself pending;
 * the Herthon handler (or the default action) runs in the interpreter's main thread at the next
 * safe point (a loop's back edge, a call, {@code time.sleep}, a blocking read). So
 * {@code finally} blocks and {@code except KeyboardInterrupt:} run, and a {@code --jfr} recording
 * is written after the program has stopped, not while it keeps running.
 *
 * <p>Only the interpreter that {@link OsSignals#install installed} itself receives OS signals;
 * the others keep a state that never becomes pending (a load and a branch at each safe point).
 */
public final class Signals {
    public static final int SIGHUP = 1;
    public static final int SIGINT = 2;
    public static final int SIGTERM = 15;
    /** Signal numbers this runtime routes to Herthon handlers. */
    static final int[] HANDLED = {SIGHUP, SIGINT, SIGTERM};

    /** True while any signal waits for its handler: the safe points' only check. */
    public volatile boolean pending;
    /**
     * Set once a program starts threads: called at every safe point while {@link #pending} is
     * set, it may let another thread run; true while threads wait for the interpreter lock.
     */
    public volatile java.util.function.BooleanSupplier switcher;

    /** Per signal number: arrived and not yet handled. */
    private final boolean[] arrived = new boolean[65];
    /** Per signal number: the Herthon handler, or SIG_DFL / SIG_IGN / default_int_handler. */
    private final PyObject[] handlers = new PyObject[65];
    /** Guards {@link #arrived} and wakes {@link #sleep}/{@link #blockingCall} waits. */
    private final Object lock = new Object();
    /** The thread that runs handlers (the one that ran the program); set by {@link #setMainThread}. */
    private volatile Thread mainThread;
    /** A default action that ends the process: the main thread has parked while the process exits. */
    volatile boolean terminating;

    private final SignalModule module;

    public Signals() {
        this.module = new SignalModule(this);
        this.mainThread = Thread.currentThread();
        handlers[SIGINT] = module.defaultIntHandler;
        handlers[SIGTERM] = module.sigDfl;
    }

    public SignalModule module() {
        return module;
    }

    /** The thread that runs the program: only it runs handlers, only it may call signal.signal. */
    public void setMainThread(Thread t) {
        this.mainThread = t;
    }

    boolean onMainThread() {
        return mainThread == null || Thread.currentThread() == mainThread;
    }

    PyObject handler(int signum) {
        return handlers[signum];
    }

    void setHandler(int signum, PyObject handler) {
        handlers[signum] = handler;
    }

    /** Called from the OS signal thread (or signal.raise_signal): marks the signal pending, wakes waits. */
    void deliver(int signum) {
        synchronized (lock) {
            arrived[signum] = true;
            pending = true;
            lock.notifyAll();
        }
    }

    /** A signal left to its default action (SIG_DFL) ends the process, as the OS would. */
    boolean terminatesByDefault(int signum) {
        return handlers[signum] == module.sigDfl;
    }

    boolean ignored(int signum) {
        return handlers[signum] == module.sigIgn;
    }

    /**
     * The safe point: runs the handler of every pending signal in the main thread. The default
     * SIGINT handler raises KeyboardInterrupt here; a Herthon handler is called with
     * (signum, frame) and may raise too.
     */
    public void runPending(Frame f) {
        // with threads (modules.thread.Gil), the safe point is also where the lock changes hands
        java.util.function.BooleanSupplier sw = switcher;
        boolean threadsWait = sw != null && sw.getAsBoolean();
        if (!pending || Thread.currentThread() != mainThread) return;
        while (true) {
            int signum = -1;
            synchronized (lock) {
                for (int s : HANDLED) {
                    if (arrived[s]) { arrived[s] = false; signum = s; break; }
                }
                if (signum < 0) { pending = threadsWait; return; }
            }
            PyObject h = handlers[signum];
            if (h == module.sigIgn) continue;
            if (h == module.sigDfl) parkUntilExit();
            if (h == module.defaultIntHandler) throw keyboardInterrupt();
            h.call2(PyInt.of(signum), f == null ? PyNone.INSTANCE : f);
        }
    }

    static PyException keyboardInterrupt() {
        return Err.make(PyExc.KeyboardInterrupt);
    }

    /**
     * A default action that ends the process: CPython dies at once, running no {@code finally}. The main thread stops
     * here for good, and the OS signal thread exits the process (shutdown hooks, so a --jfr
     * recording is complete).
     */
    private void parkUntilExit() {
        synchronized (lock) {
            terminating = true;
            lock.notifyAll();
            while (true) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    // nothing stops the exit that is under way
                }
            }
        }
    }

    /** Waits (from the OS signal thread) until the main thread has stopped for a default action, or the bound passes. */
    void awaitTermination(long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        synchronized (lock) {
            while (!terminating) {
                Thread main = mainThread;
                if (main == null || !main.isAlive()) return;
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) return;
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** time.sleep: sleeps in slices interrupted by signals; handlers run, and the rest is slept (PEP 475). */
    public void sleep(double seconds, Frame f) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (true) {
            runPending(f);
            long left = deadline - System.nanoTime();
            if (left <= 0) return;
            synchronized (lock) {
                if (pending && Thread.currentThread() == mainThread) continue;
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Runs a blocking operation (a read from stdin) on a helper thread and waits for it, so a
     * signal's handler can run meanwhile; if the handler raises, the operation is left running
     * (its thread is a daemon) and a later call with the same task picks up its result.
     */
    public <T> T blockingCall(FutureTask<T> task, Frame f) {
        synchronized (lock) {
            if (started.put(task, Boolean.TRUE) == null) {
                Thread t = new Thread(() -> {
                    task.run();
                    synchronized (lock) {
                        lock.notifyAll();
                    }
                }, "herthon-blocking-read");
                t.setDaemon(true);
                t.start();
            }
        }
        while (true) {
            runPending(f);
            synchronized (lock) {
                while (!task.isDone() && !(pending && Thread.currentThread() == mainThread)) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw keyboardInterrupt();
                    }
                }
            }
            if (!task.isDone()) continue;
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw keyboardInterrupt();
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException) throw (RuntimeException) c;
                if (c instanceof Error) throw (Error) c;
                throw new IllegalStateException(c);
            }
        }
    }

    /** Tasks whose helper thread has started (weak: a finished read is forgotten with its file). */
    private final Map<FutureTask<?>, Boolean> started = new WeakHashMap<>();

    /** A blocking operation for {@link #blockingCall}. */
    public static <T> FutureTask<T> task(Callable<T> c) {
        return new FutureTask<>(c);
    }
}
