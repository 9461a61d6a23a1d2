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
            REFS.remove(r);
            n++;
        }
        pending += n;
        reclaimed += n;
        return n;
    }

    /** Reclaimed objects not yet reported by an explicit gc.collect(). */
    public static synchronized long takePending() {
        drain();
        long p = pending;
        pending = 0;
        return p;
    }

    public static int live() { return REFS.size(); }
}
