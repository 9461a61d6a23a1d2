package org.herthon.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** Twin of the {@code line} marker; high volume, so off in herthon.jfc and on in herthon-lines.jfc. */
@Name("herthon.Line")
@Label("Line")
@Description("A new Herthon source line starts executing (the events CPython's sys.settrace reports as 'line')")
@Category({"Herthon", "Lines"})
@StackTrace(false)
// Off unless a recording turns it on (herthon-trace.jfc): it costs something on every call, and
// JFR's own settings (default.jfc, what a plain jcmd JFR.start uses) do not mention it.
@Enabled(false)
public final class LineEvent extends jdk.jfr.Event {
    @Label("File") @Description("Name of the file the code was compiled from (co_filename)")
    public String filename;

    @Label("Function") @Description("Name of the code object (co_name)")
    public String function;

    @Label("Line") @Description("The line that starts executing")
    public int lineno;
}
