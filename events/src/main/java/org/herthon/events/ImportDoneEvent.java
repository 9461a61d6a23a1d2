package org.herthon.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** Twin of the {@code import__find__load__done} marker. */
@Name("herthon.ImportDone")
@Label("Import Done")
@Description("A find-and-load of a module ends")
@Category({"Herthon", "Imports"})
@StackTrace(false)
public final class ImportDoneEvent extends jdk.jfr.Event {
    @Label("Module") @Description("Fully qualified module name")
    public String module;

    @Label("Found") @Description("True if the module was loaded (the marker's found = 1)")
    public boolean found;
}
