package org.herthon.bridge.bench;

import jdk.jfr.Category;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * The floor of {@link JfrProbeBench}: the cheapest event JFR can commit, one {@code long} field,
 * no stack trace, no threshold. A twin event can cost no less than this.
 */
@Name(BareLongEvent.NAME)
@Label("Bench: bare long")
@Category({"Herthon", "Bench"})
@StackTrace(false)
public final class BareLongEvent extends jdk.jfr.Event {
    public static final String NAME = "herthon.bench.BareLong";

    @Label("Value")
    public long value;
}
