package org.herthon.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Threshold;

/** One Herthon collection, from gc__start to gc__done. */
@Name("herthon.GarbageCollection")
@Label("Garbage Collection")
@Description("A Herthon garbage collection, from start to done")
@Category({"Herthon", "GC"})
@StackTrace(false)
@Threshold("0 ms")
public final class GarbageCollectionEvent extends jdk.jfr.Event {
    @Label("Generation") @Description("The generation collected: 0 young, 2 full")
    public int generation;

    @Label("Collected") @Description("Number of Herthon objects reclaimed")
    public long collected;

    @Label(JvmGcFields.GC_ID_LABEL) @Description(JvmGcFields.GC_ID_DESCRIPTION)
    public long gcId;

    @Label(JvmGcFields.GC_NAME_LABEL) @Description(JvmGcFields.GC_NAME_DESCRIPTION)
    public String gcName;

    @Label(JvmGcFields.GC_CAUSE_LABEL) @Description(JvmGcFields.GC_CAUSE_DESCRIPTION)
    public String gcCause;
}
