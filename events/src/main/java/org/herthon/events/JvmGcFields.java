package org.herthon.events;

/**
 * The labels and descriptions of the fields that line a Herthon collection up with the JDK's
 * {@code jdk.GarbageCollection} event, shared by the GC events so they are written once. They are
 * constants for {@code @Label} and {@code @Description} on each field: JFR takes a field's label
 * and description only from those two annotations on the field itself (a custom annotation that
 * carries them would leave the field unlabelled in JMC and {@code jfr metadata}).
 */
final class JvmGcFields {
    private JvmGcFields() {
    }

    static final String GC_ID_LABEL = "GC Identifier";
    static final String GC_ID_DESCRIPTION = "The JVM's id of the collection (gcId of jdk.GarbageCollection), -1 if unknown";

    static final String GC_NAME_LABEL = "JVM GC Name";
    static final String GC_NAME_DESCRIPTION = "The JVM collector that performed the collection, e.g. G1 Young Generation; empty for none";

    static final String GC_CAUSE_LABEL = "JVM GC Cause";
    static final String GC_CAUSE_DESCRIPTION = "Why the JVM collected, e.g. G1 Evacuation Pause or System.gc(); empty for none";
}
