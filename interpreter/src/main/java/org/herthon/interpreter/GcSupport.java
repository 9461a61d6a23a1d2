package org.herthon.interpreter;

import org.herthon.bridge.Probes;
import org.herthon.bridge.JvmCollection;
import org.herthon.bridge.gc.JvmGcWatcher;
import org.herthon.interpreter.runtime.GcTracker;

/**
 * The gc module's machinery. The JVM collects; Herthon counts. gc.collect(g) fires gc__start,
 * runs System.gc() once and reports how many tracked Herthon container objects were reclaimed
 * (weak references registered when containers are created while tracking is on), then fires
 * gc__done. Collections the JVM makes on its own are reported by the bridge's one JVM GC
 * listener ({@link JvmGcWatcher}), to which this interpreter tells what it reclaimed.
 *
 * <p>{@code gc.get_count()} follows CPython's meaning: tracked allocations minus deallocations
 * since the last young collection, young collections since the last middle one, middle
 * collections since the last full one. A JVM young collection counts as a generation-0
 * collection, a full one as generation 2.
 */
public final class GcSupport implements JvmGcWatcher.Runtime {
    public volatile boolean enabled = true;
    public long[] threshold = {700, 10, 10};

    /** count[1] and count[2]; count[0] is derived from the tracker's totals and the baselines. */
    private final long[] collections = new long[3];
    private long allocatedBaseline;
    private long reclaimedBaseline;

    private final AutoCloseable jvmWatch;

    /** Run after each explicit collection (e.g. the weak reference callbacks of what it reclaimed). */
    private final java.util.List<Runnable> afterCollect = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Registers work to run after each gc.collect(), once the collection's references are cleared. */
    public void onCollect(Runnable r) {
        afterCollect.add(r);
    }

    GcSupport() {
        jvmWatch = Probes.on() ? JvmGcWatcher.register(this) : null;
    }

    /** Starts weak tracking of container allocations (when gc is imported). */
    public void startTracking() {
        if (!GcTracker.on) {
            synchronized (this) {
                allocatedBaseline = GcTracker.allocated();
                reclaimedBaseline = GcTracker.reclaimed();
            }
            GcTracker.on = true;
        }
    }

    /**
     * Explicit collection: one System.gc() (one JVM collection, whose gcId gc__done's JFR twin
     * carries), then the tracked Herthon objects it reclaimed, counted from their cleared
     * references (not from the reference queue, which fills later).
     */
    public long collect(int generation) {
        if (Probes.gcStartEnabled()) Probes.gcStart(generation);
        long explicitBefore = JvmGcWatcher.explicitCollections();
        System.gc();
        long collected = GcTracker.on ? GcTracker.takePending() : 0;
        for (Runnable r : afterCollect) r.run();
        countCollection(generation);
        if (Probes.gcDoneEnabled()) {
            JvmCollection jvm = jvmWatch == null ? JvmCollection.NONE
                    : JvmGcWatcher.awaitExplicitCollection(explicitBefore, JVM_BOOKKEEPING_WAIT_MS);
            Probes.gcDone(collected, jvm);
        }
        return collected;
    }

    /** Bound on waiting for the JVM's bookkeeping after System.gc(); it comes within milliseconds. */
    private static final long JVM_BOOKKEEPING_WAIT_MS = 1000;

    /** gc.get_count(): (allocations - deallocations since the last young collection, young since middle, middle since full). */
    public synchronized long[] count() {
        long young = (GcTracker.allocated() - allocatedBaseline) - (GcTracker.reclaimed() - reclaimedBaseline);
        return new long[] {Math.max(0, young), collections[1], collections[2]};
    }

    /**
     * The JVM collected on its own: an automatic collection, counted as CPython counts its own,
     * unless automatic collection is off (gc.disable()).
     */
    @Override
    public void collected(int generation) {
        if (enabled) {
            countCollection(generation);
        }
    }

    /** As CPython: a collection of generation g counts one for g + 1 and clears the counts up to g. */
    private synchronized void countCollection(int generation) {
        if (generation + 1 < collections.length) {
            collections[generation + 1]++;
        }
        for (int g = 1; g <= generation && g < collections.length; g++) {
            collections[g] = 0;
        }
        allocatedBaseline = GcTracker.allocated();
        reclaimedBaseline = GcTracker.reclaimed();
    }

    @Override
    public long reclaimed() {
        return GcTracker.on ? GcTracker.drain() : 0;
    }

    /** Stops listening to the JVM's collections (the interpreter is done). */
    public void close() {
        if (jvmWatch != null) {
            try {
                jvmWatch.close();
            } catch (Exception impossible) {
                // removing a listener does not fail
            }
        }
    }
}
