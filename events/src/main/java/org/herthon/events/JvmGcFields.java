package org.herthon.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.MetadataDefinition;

/**
 * Field annotations shared by the GC events, so the fields that line a Herthon collection up
 * with the JDK's {@code jdk.GarbageCollection} event are described once.
 */
public final class JvmGcFields {
    private JvmGcFields() {
    }

    /** The JVM's GC id (the {@code gcId} of {@code jdk.GarbageCollection}), or -1 if none is known. */
    @MetadataDefinition
    @Label("GC Identifier")
    @Description("The JVM's id of the collection (gcId of jdk.GarbageCollection), -1 if unknown")
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface GcId {
    }

    /** The JVM collector's name, e.g. "G1 Young Generation". */
    @MetadataDefinition
    @Label("JVM GC Name")
    @Description("The JVM collector that performed the collection, e.g. G1 Young Generation; empty for none")
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface GcName {
    }

    /** The JVM's cause, e.g. "G1 Evacuation Pause" or "System.gc()". */
    @MetadataDefinition
    @Label("JVM GC Cause")
    @Description("Why the JVM collected, e.g. G1 Evacuation Pause or System.gc(); empty for none")
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface GcCause {
    }
}
