package org.herthon.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** Twin of the {@code gc__start} marker. */
@Name("herthon.GcStart")
@Label("GC Start")
@Description("A Herthon garbage collection starts: an explicit gc.collect(generation) or a collection the JVM performs")
@Category({"Herthon", "GC"})
@StackTrace(false)
public final class GcStartEvent extends jdk.jfr.Event {
    @Label("Generation") @Description("The generation to collect, as in gc.collect(): 0 for a young JVM collection, 2 for a full one")
    public int generation;

    @Label(JvmGcFields.GC_ID_LABEL) @Description(JvmGcFields.GC_ID_DESCRIPTION)
    public long gcId;

    @Label(JvmGcFields.GC_NAME_LABEL) @Description(JvmGcFields.GC_NAME_DESCRIPTION)
    public String gcName;

    @Label(JvmGcFields.GC_CAUSE_LABEL) @Description(JvmGcFields.GC_CAUSE_DESCRIPTION)
    public String gcCause;
}
