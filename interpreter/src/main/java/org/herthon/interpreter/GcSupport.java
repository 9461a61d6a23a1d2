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
 * runs System.gc() and reports how many tracked Herthon container objects were reclaimed
 * (weak references registered when containers are created while tracking is on), then fires
 * gc__done. JVM collections seen through GarbageCollectorMXBean notifications fire jvmGc.
 */
public final class GcSupport {
    private final Interpreter interp;
    public boolean enabled = true;
    public long[] threshold = {700, 10, 10};
    public final long[] count = {0, 0, 0};
    private static boolean jvmListenerInstalled;
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

    /** Explicit collection: returns the number of tracked Herthon objects reclaimed. */
    public long collect(int generation) {
        if (Probes.gcStartEnabled()) Probes.gcStart(generation);
        long collected = 0;
        if (GcTracker.on) {
            long before = GcTracker.live();
            for (int round = 0; round < 4; round++) {
                System.gc();
                try {
                    Thread.sleep(round == 0 ? 1 : 3);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                GcTracker.drain();
                if (GcTracker.live() < before && round >= 1) break;
            }
            collected = GcTracker.takePending();
        } else {
            System.gc();
        }
        count[0] = 0;
        if (generation >= 1) count[1] = 0;
        if (generation >= 2) count[2] = 0;
        if (Probes.gcDoneEnabled()) Probes.gcDone(collected);
        return collected;
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
                        long id0 = GC_IDS.get();
                        if (!Probes.gcStartEnabled() && !Probes.gcDoneEnabled() || "System.gc()".equals(info.getGcCause())) {
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
