package org.herthon.jmc.toolkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Function entries counted per function (file, name, def line): the seed's top view. */
public final class EntryCounts {
    /** A function as top.bt keys it. */
    public record Function(String filename, String function, int lineno) {
    }

    public record Row(Function function, long calls) {
    }

    private final Map<Function, Long> counts = new HashMap<>();

    public void add(String filename, String function, int lineno) {
        counts.merge(new Function(filename, function, lineno), 1L, Long::sum);
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    public void clear() {
        counts.clear();
    }

    /** The {@code limit} most entered functions, most first (ties by name, so output is stable). */
    public List<Row> top(int limit) {
        List<Row> rows = new ArrayList<>();
        counts.forEach((f, n) -> rows.add(new Row(f, n)));
        rows.sort(Comparator.comparingLong(Row::calls).reversed()
                .thenComparing(r -> r.function().filename(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(r -> r.function().function(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(r -> r.function().lineno()));
        return rows.size() > limit ? rows.subList(0, limit) : rows;
    }

    /** The table: CALLS, FILE, FUNCTION, LINE, one row per function. */
    public static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder(String.format("%10s  %s%n", "CALLS", "FILE:FUNCTION:LINE"));
        for (Row row : rows) {
            out.append(String.format("%10d  %s:%s:%d%n", row.calls(), row.function().filename(), row.function().function(),
                    row.function().lineno()));
        }
        return out.toString();
    }
}
