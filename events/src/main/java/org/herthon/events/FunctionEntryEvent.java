package org.herthon.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** Twin of the {@code function__entry} marker. */
@Name("herthon.FunctionEntry")
@Label("Function Entry")
@Description("A frame of Herthon code starts executing (also when a generator resumes)")
@Category({"Herthon", "Functions"})
@StackTrace(false)
// Off unless a recording turns it on (herthon-trace.jfc): it costs something on every call, and
// JFR's own settings (default.jfc, what a plain jcmd JFR.start uses) do not mention it.
@Enabled(false)
public final class FunctionEntryEvent extends jdk.jfr.Event {
    @Label("File") @Description("Name of the file the code was compiled from (co_filename)")
    public String filename;

    @Label("Function") @Description("Name of the code object (co_name): function, <module>, <lambda>, class name, ...")
    public String function;

    @Label("Line") @Description("The code's first line: the def line, or its first decorator")
    public int lineno;

    @Label("Frame Id") @Description("Unique per frame activation in the process; pairs an entry with its return")
    public long frameId;

    @Label("Module") @Description("Name of the module the code belongs to (__name__ of its globals)")
    public String module;
}
