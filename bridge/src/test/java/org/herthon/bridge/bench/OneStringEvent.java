package org.herthon.bridge.bench;

import jdk.jfr.Category;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * For {@link JfrCostBreakdownBench}: an event with one {@code String} field and nothing else, so
 * that what JFR charges for one string (null, inline, pooled) can be read off against the fixed
 * cost of a commit.
 */
@Name(OneStringEvent.NAME)
@Label("Bench: one string")
@Category({"Herthon", "Bench"})
@StackTrace(false)
public final class OneStringEvent extends jdk.jfr.Event {
    public static final String NAME = "herthon.bench.OneString";

    @Label("Text")
    public String text;
}
