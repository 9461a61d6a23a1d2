package org.herthon.bridge;

/**
 * The JVM collection behind a Herthon collection, so its JFR events line up with the JDK's
 * {@code jdk.GarbageCollection} (same {@code gcId}).
 *
 * @param gcId  the JVM's GC id as JFR numbers it (one counter for the whole JVM, from 0), -1 if
 *              unknown. Not GcInfo.getId(), which counts per collector from 1: a runtime derives
 *              it from the order of the collectors' notifications.
 * @param name  the collector, as its GarbageCollectorMXBean names it (e.g. "Copy", "G1 Young Generation")
 * @param cause the JVM's cause, e.g. "G1 Evacuation Pause" or "System.gc()"
 * @param durationNanos how long the JVM says the collection took, -1 if unknown (the markers of a
 *              JVM collection fire after the fact, back to back, so their own spacing says nothing)
 */
public record JvmCollection(long gcId, String name, String cause, long durationNanos) {
    /** No JVM collection is known. */
    public static final JvmCollection NONE = new JvmCollection(-1, "", "");

    /** A collection whose duration is not known. */
    public JvmCollection(long gcId, String name, String cause) {
        this(gcId, name, cause, -1);
    }
}
