package org.herthon.interpreter.modules.thread;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.Frame;
import org.herthon.interpreter.runtime.PyBaseException;
import org.herthon.interpreter.runtime.SysTrace;

/**
 * The global interpreter lock of one interpreter, made when its first extra thread starts
 * (until then nothing locks). The thread that holds it runs Herthon code with the interpreter's
 * execution state (current frame, depth, handled exception) as its own; the state is saved when
 * the lock is let go and put back when it is taken again. It is let go around blocking calls
 * (lock waits, {@code time.sleep}) and, when another thread waits, at the evaluator's safe points
 * (calls and loop back edges) once the holder has run for the switch interval.
 */
public final class Gil {
    private final Interpreter in;
    private final ReentrantLock lock = new ReentrantLock(true);
    private long heldSince;
    /** The innermost frame of each thread that let the lock go, for watchers (see ThreadStacks). */
    private final Map<Thread, Frame> waiting = new ConcurrentHashMap<>();
    /** Nanoseconds a thread keeps the lock while others wait (sys.getswitchinterval's 5 ms). */
    private static final long SWITCH_NANOS = 5_000_000L;

    /** One thread's part of the interpreter's execution state. */
    public record State(Frame frame, int depth, PyBaseException handled, int traceSuppressed, SysTrace sysTrace) {
        static final State FRESH = new State(null, 0, null, 0, null);
    }

    private Gil(Interpreter in) {
        this.in = in;
    }

    /** The interpreter's lock, made (and taken by the calling thread) at the first call. */
    public static synchronized Gil start(Interpreter in) {
        Gil g = (Gil) in.threads;
        if (g == null) {
            g = new Gil(in);
            g.lock.lock();
            g.heldSince = System.nanoTime();
            in.threads = g;
            in.signals.switcher = g::safePoint;
            in.signals.pending = true;
        }
        return g;
    }

    /** Runs op with the lock let go (op must not touch Herthon objects); a no-op wrapper when there are no threads. */
    public static <T> T blocking(Interpreter in, Supplier<T> op) {
        Gil g = (Gil) in.threads;
        if (g == null || !g.lock.isHeldByCurrentThread()) return op.get();
        State s = g.release();
        try {
            return op.get();
        } finally {
            g.acquire(s);
        }
    }

    State release() {
        State s = new State(in.frame, in.depth, in.handledExc, in.traceSuppressed, in.sysTrace);
        if (s.frame() != null) waiting.put(Thread.currentThread(), s.frame());
        lock.unlock();
        return s;
    }

    void acquire(State s) {
        // a waiting thread asks the holder to let go at its next safe point
        in.signals.pending = true;
        lock.lock();
        waiting.remove(Thread.currentThread());
        heldSince = System.nanoTime();
        in.frame = s.frame();
        in.depth = s.depth();
        in.handledExc = s.handled();
        in.traceSuppressed = s.traceSuppressed();
        in.sysTrace = s.sysTrace();
    }

    /** Takes the lock for a new thread, with an execution state of its own. */
    void enterNewThread() {
        in.codecs.enter();
        acquire(State.FRESH);
    }

    /** A thread that ends lets the lock go for good. */
    void exitThread() {
        in.frame = null;
        in.depth = 0;
        in.handledExc = null;
        in.sysTrace = null;
        lock.unlock();
    }

    /** The innermost frame of each thread waiting for the lock (or blocked with it let go). */
    void forEachWaiting(Consumer<? super Frame> action) {
        waiting.values().forEach(action);
    }

    /**
     * At a safe point: lets a waiting thread run once the switch interval has passed. True while
     * threads wait, so the safe points keep coming here.
     */
    private boolean safePoint() {
        if (!lock.isHeldByCurrentThread()) return lock.hasQueuedThreads();
        if (!lock.hasQueuedThreads()) return false;
        if (System.nanoTime() - heldSince >= SWITCH_NANOS) {
            State s = release();
            acquire(s);
        }
        return true;
    }

}
