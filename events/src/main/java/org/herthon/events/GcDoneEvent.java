package org.herthon.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** Twin of the {@code gc__done} marker. */
@Name("herthon.GcDone")
@Label("GC Done")
@Description("A Herthon garbage collection ends")
@Category({"Herthon", "GC"})
@StackTrace(false)
public final class GcDoneEvent extends jdk.jfr.Event {
    @Label("Collected") @Description("Number of Herthon objects the collection reclaimed")
    public long collected;

    @Label(JvmGcFields.GC_ID_LABEL) @Description(JvmGcFields.GC_ID_DESCRIPTION)
    public long gcId;

    @Label(JvmGcFields.GC_NAME_LABEL) @Description(JvmGcFields.GC_NAME_DESCRIPTION)
    public String gcName;

    @Label(JvmGcFields.GC_CAUSE_LABEL) @Description(JvmGcFields.GC_CAUSE_DESCRIPTION)
    public String gcCause;
}
