package org.herthon.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** Twin of the {@code import__find__load__start} marker. */
@Name("herthon.ImportStart")
@Label("Import Start")
@Description("The import system starts finding and loading a module that is not yet in sys.modules")
@Category({"Herthon", "Imports"})
@StackTrace(false)
public final class ImportStartEvent extends jdk.jfr.Event {
    @Label("Module") @Description("Fully qualified module name")
    public String module;
}
