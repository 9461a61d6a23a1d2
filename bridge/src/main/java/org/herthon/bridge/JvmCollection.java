package org.herthon.bridge;

/**
 * The JVM collection behind a Herthon collection, so its JFR events line up with the JDK's
 * {@code jdk.GarbageCollection} (same {@code gcId}).
 *
 * @param gcId  the JVM's GC id (GcInfo.getId() of the collector's notification), -1 if unknown
 * @param name  the collector, e.g. "G1 Young Generation"
 * @param cause the JVM's cause, e.g. "G1 Evacuation Pause" or "System.gc()"
 */
public record JvmCollection(long gcId, String name, String cause) {
    /** No JVM collection is known. */
    public static final JvmCollection NONE = new JvmCollection(-1, "", "");
}
