package org.herthon.interpreter;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.herthon.bridge.JvmCollection;
import org.herthon.bridge.Probes;
import org.herthon.interpreter.runtime.GcTracker;

/**
 * The gc module's machinery. The JVM collects; Herthon counts. gc.collect(g) fires gc__start,
 * runs System.gc() once and reports how many tracked Herthon container objects were reclaimed
 * (weak references registered when containers are created while tracking is on), then fires
 * gc__done. JVM collections seen through GarbageCollectorMXBean notifications fire jvmGc.
 */
public final class GcSupport {
    private final Interpreter interp;
    public boolean enabled = true;
    public long[] threshold = {700, 10, 10};
    public final long[] count = {0, 0, 0};
    private static volatile boolean jvmListenerInstalled;
    /** JFR-style GC ids: one counter over all collectors, in notification order, from 0. */
    private static final java.util.concurrent.atomic.AtomicLong GC_IDS = new java.util.concurrent.atomic.AtomicLong();

    GcSupport(Interpreter interp) {
        this.interp = interp;
        if (Probes.on()) {
            // JMX set-up costs tens of milliseconds: do it off the main thread
            Thread t = new Thread(GcSupport::installJvmListener, "herthon-gc-listener");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Starts weak tracking of container allocations (when gc is imported). */
    public void startTracking() {
        if (!GcTracker.on) {
            GcTracker.on = true;
        }
    }

    /**
     * Explicit collection: one System.gc() (one JVM collection, whose gcId the JFR events carry),
     * then the tracked Herthon objects it reclaimed, once the JVM has queued their references.
     */
    public long collect(int generation) {
        if (Probes.gcStartEnabled()) Probes.gcStart(generation);
        long explicitBefore = ExplicitCollections.seen();
        // Enqueued by the JVM's reference handler with the collection's other cleared references.
        java.lang.ref.ReferenceQueue<Object> processed = new java.lang.ref.ReferenceQueue<>();
        java.lang.ref.WeakReference<Object> sentinel = new java.lang.ref.WeakReference<>(new Object(), processed);
        System.gc();
        long collected = 0;
        if (GcTracker.on) {
            try {
                processed.remove(REFERENCE_WAIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            collected = GcTracker.takePending();
        }
        java.lang.ref.Reference.reachabilityFence(sentinel);
        count[0] = 0;
        if (generation >= 1) count[1] = 0;
        if (generation >= 2) count[2] = 0;
        if (Probes.gcDoneEnabled()) {
            JvmCollection jvm = jvmListenerInstalled ? ExplicitCollections.awaitAfter(explicitBefore, NOTIFICATION_WAIT_MS)
                    : JvmCollection.NONE;
            Probes.gcDone(collected, jvm);
        }
        return collected;
    }

    /** Bounds on waiting for the JVM's bookkeeping after System.gc(); both come within milliseconds. */
    private static final long REFERENCE_WAIT_MS = 1000;
    private static final long NOTIFICATION_WAIT_MS = 1000;

    /**
     * The JVM collections System.gc() performed, as the listener numbered them, handed to
     * collect() so gc__done's JFR twin carries the gcId of the collection it caused. (The GC
     * listener is moving into the bridge; this hand-off goes with it.)
     */
    private static final class ExplicitCollections {
        private static long seen;
        private static JvmCollection last = JvmCollection.NONE;

        static synchronized long seen() {
            return seen;
        }

        static synchronized void record(JvmCollection collection) {
            seen++;
            last = collection;
            ExplicitCollections.class.notifyAll();
        }

        /** The first explicit collection after {@code before} were seen, or NONE if none comes in time. */
        static synchronized JvmCollection awaitAfter(long before, long timeoutMs) {
            long deadline = System.nanoTime() + timeoutMs * 1_000_000;
            try {
                while (seen <= before) {
                    long left = (deadline - System.nanoTime()) / 1_000_000;
                    if (left <= 0) return JvmCollection.NONE;
                    ExplicitCollections.class.wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return JvmCollection.NONE;
            }
            return last;
        }
    }

    private static synchronized void installJvmListener() {
        if (jvmListenerInstalled) return;
        jvmListenerInstalled = true;
        try {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (!(gc instanceof NotificationEmitter)) continue;
                NotificationListener l = (Notification n, Object handback) -> {
                    if (!"com.sun.management.gc.notification".equals(n.getType())) return;
                    try {
                        com.sun.management.GarbageCollectionNotificationInfo info =
                                com.sun.management.GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                        if ("System.gc()".equals(info.getGcCause())) {
                            // gc.collect()'s own: it fires the markers itself, with this id.
                            ExplicitCollections.record(new JvmCollection(GC_IDS.getAndIncrement(), info.getGcName(), info.getGcCause()));
                            return;
                        }
                        if (!Probes.gcStartEnabled() && !Probes.gcDoneEnabled()) {
                            GC_IDS.getAndIncrement();
                            return;
                        }
                        String action = info.getGcAction();
                        int generation = action != null && action.contains("major") ? 2 : 0;
                        long reclaimed = GcTracker.on ? GcTracker.drain() : 0;
                        long id = GC_IDS.getAndIncrement();
                        Probes.jvmGc(generation, reclaimed, new JvmCollection(id, info.getGcName(), info.getGcCause()));
                    } catch (Throwable t) {
                        // never disturb the program
                    }
                };
                ((NotificationEmitter) gc).addNotificationListener(l, null, null);
            }
        } catch (Throwable t) {
            // management not available: no JVM GC probes
        }
    }
}
