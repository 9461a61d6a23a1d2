package org.herthon.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** Twin of the {@code function__return} marker. */
@Name("herthon.FunctionReturn")
@Label("Function Return")
@Description("A frame of Herthon code stops executing: by return, by an exception leaving it, or by a generator yielding")
@Category({"Herthon", "Functions"})
@StackTrace(false)
// Off unless a recording turns it on (herthon-trace.jfc): it costs something on every call, and
// JFR's own settings (default.jfc, what a plain jcmd JFR.start uses) do not mention it.
@Enabled(false)
public final class FunctionReturnEvent extends jdk.jfr.Event {
    @Label("File") @Description("Name of the file the code was compiled from (co_filename)")
    public String filename;

    @Label("Function") @Description("Name of the code object (co_name)")
    public String function;

    @Label("Line") @Description("The line that was executing when the frame ended")
    public int lineno;

    @Label("Frame Id") @Description("Same value as the matching Function Entry")
    public long frameId;

    @Label("Module") @Description("Name of the module the code belongs to (__name__ of its globals)")
    public String module;
}
