package org.herthon.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** Twin of the {@code audit} marker. */
@Name("herthon.Audit")
@Label("Audit")
@Description("An audit event: sys.audit(...) or one the runtime raises itself (open, import, exec, compile, ...)")
@Category({"Herthon", "Audit"})
@StackTrace(false)
public final class AuditEvent extends jdk.jfr.Event {
    @Label("Event") @Description("The audit event's name")
    public String event;

    @Label("Arguments") @Description("repr() of the arguments tuple")
    public String args;
}
