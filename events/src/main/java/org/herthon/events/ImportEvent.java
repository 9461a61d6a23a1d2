package org.herthon.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Threshold;

/** One find-and-load of a module, from import__find__load__start to done. */
@Name("herthon.Import")
@Label("Import")
@Description("Finding and loading one module, from start to done (nested imports are their own events)")
@Category({"Herthon", "Imports"})
@StackTrace(false)
@Threshold("0 ms")
public final class ImportEvent extends jdk.jfr.Event {
    @Label("Module") @Description("Fully qualified module name")
    public String module;

    @Label("Found") @Description("True if the module was loaded")
    public boolean found;
}
