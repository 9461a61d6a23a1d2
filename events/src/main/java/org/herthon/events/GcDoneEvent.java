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

    @JvmGcFields.GcId
    public long gcId;

    @JvmGcFields.GcName
    public String gcName;

    @JvmGcFields.GcCause
    public String gcCause;
}
