package org.herthon.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Threshold;

/**
 * One activation of a Herthon frame, from its entry to its return: the JFR-shaped view of a
 * function__entry/function__return pair, with a duration that JMC can aggregate. A generator
 * gives one event per resumption.
 */
@Name("herthon.FunctionCall")
@Label("Function Call")
@Description("A frame of Herthon code, from entry to return (one per generator resumption)")
@Category({"Herthon", "Functions"})
@StackTrace(false)
// Slow calls only unless a recording asks for more (herthon-trace.jfc: 0 ms): what JFR's own
// settings (default.jfc, a plain jcmd JFR.start) get, at no cost per call (the bridge's slow-call watcher).
@Threshold("20 ms")
public final class FunctionCallEvent extends jdk.jfr.Event {
    @Label("File") @Description("Name of the file the code was compiled from (co_filename)")
    public String filename;

    @Label("Function") @Description("Name of the code object (co_name)")
    public String function;

    @Label("Line") @Description("The code's first line")
    public int lineno;

    @Label("Module") @Description("Name of the module the code belongs to")
    public String module;

    @Label("Depth") @Description("Number of Herthon frames on this thread below this one")
    public int depth;

    @Label("Frame Id") @Description("The frame's id, as in herthon.FunctionEntry and FunctionReturn (a generator keeps its id across resumptions)")
    public long frameId;

    @Label("Parent Frame Id") @Description("The frame id of the Herthon frame that called this one, 0 for none recorded")
    public long parentFrameId;
}
