package org.herthon.interpreter.runtime;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Weak tracking of Herthon container objects (lists, dicts, sets, instances), switched on
 * when a program imports gc, so gc.collect() can report how many were reclaimed. Off, it costs
 * one volatile read per container allocation.
 */
public final class GcTracker {
    private GcTracker() {}
    public static volatile boolean on;
    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    private static final Set<Reference<PyObject>> REFS = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    public static void register(PyObject o) {
        REFS.add(new WeakReference<>(o, QUEUE));
        ALLOCATED.increment();
    }

    private static final java.util.concurrent.atomic.LongAdder ALLOCATED = new java.util.concurrent.atomic.LongAdder();
    private static long pending;
    private static long reclaimed;

    /** Tracked containers made since tracking started. */
    public static long allocated() {
        return ALLOCATED.sum();
    }

    /** Tracked containers seen reclaimed since tracking started (as of the last drain). */
    public static synchronized long reclaimed() {
        return reclaimed;
    }

    /** Number of tracked objects reclaimed since the last drain (also kept for the next explicit collection). */
    public static synchronized long drain() {
        long n = 0;
        Reference<? extends PyObject> r;
        while ((r = QUEUE.poll()) != null) {
            if (REFS.remove(r)) n++;
        }
        return counted(n);
    }

    /**
     * Counts every tracked reference the JVM has cleared, queued or not. Right after System.gc()
     * this is exact: the collection clears the references before it returns, while the reference
     * handler queues them later, in no set order and, on a busy machine, many milliseconds later
     * (a cycle then went uncounted until the next collection). Walks every live tracked object,
     * as CPython's collector does.
     */
    public static synchronized long sweep() {
        long n = 0;
        synchronized (REFS) {
            for (java.util.Iterator<Reference<PyObject>> it = REFS.iterator(); it.hasNext(); ) {
                if (it.next().refersTo(null)) {
                    it.remove();
                    n++;
                }
            }
        }
        return counted(n);
    }

    private static long counted(long n) {
        pending += n;
        reclaimed += n;
        return n;
    }

    /** Reclaimed objects not yet reported by an explicit gc.collect(). */
    public static synchronized long takePending() {
        sweep();
        long p = pending;
        pending = 0;
        return p;
    }

    public static int live() { return REFS.size(); }
}
