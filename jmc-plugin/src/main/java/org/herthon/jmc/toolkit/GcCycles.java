package org.herthon.jmc.toolkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.ItemFilters;
import org.openjdk.jmc.flightrecorder.JfrAttributes;
import org.openjdk.jmc.flightrecorder.jdk.JdkAttributes;
import org.openjdk.jmc.flightrecorder.jdk.JdkTypeIDs;

/** Herthon collections ({@code herthon.GarbageCollection}) joined with the JDK's by gcId. */
public final class GcCycles {
    public record JvmGc(long gcId, String name, String cause, long longestPauseNanos) {
    }

    public record Cycle(long startNanos, int generation, long collected, long durationNanos, long gcId, JvmGc jvm) {
    }

    private final List<Cycle> cycles;
    private final long recordingStartNanos;

    private GcCycles(List<Cycle> cycles, long recordingStartNanos) {
        this.cycles = cycles;
        this.recordingStartNanos = recordingStartNanos;
    }

    public List<Cycle> cycles() {
        return cycles;
    }

    public static GcCycles of(IItemCollection items) {
        Map<Long, JvmGc> jvm = new HashMap<>();
        Items.rows(items.apply(ItemFilters.type(JdkTypeIDs.GARBAGE_COLLECTION)), accessors -> {
            var id = accessors.of(JdkAttributes.GC_ID);
            var name = accessors.of(JdkAttributes.GC_NAME);
            var cause = accessors.of(JdkAttributes.GC_CAUSE);
            var pause = accessors.of(JdkAttributes.GC_LONGEST_PAUSE);
            return item -> {
                long gcId = Items.longOf(id.getMember(item));
                jvm.put(gcId, new JvmGc(gcId, name.getMember(item), cause.getMember(item), Items.nanos(pause.getMember(item))));
                return null;
            };
        });
        List<Cycle> cycles = Items.rows(items.apply(HerthonFilters.GARBAGE_COLLECTION), accessors -> {
            var start = accessors.of(JfrAttributes.START_TIME);
            var duration = accessors.of(JfrAttributes.DURATION);
            var generation = accessors.of(HerthonAttributes.GENERATION);
            var collected = accessors.of(HerthonAttributes.COLLECTED);
            var gcId = accessors.of(HerthonAttributes.GC_ID);
            return item -> {
                long id = gcId.getMember(item) == null ? -1 : gcId.getMember(item).longValue();
                return new Cycle(Items.epochNanos(start.getMember(item)), (int) Items.longOf(generation.getMember(item)),
                        Items.longOf(collected.getMember(item)), Items.nanos(duration.getMember(item)), id, jvm.get(id));
            };
        });
        cycles.sort(Comparator.comparingLong(Cycle::startNanos));
        long first = items.getUnfilteredTimeRanges().stream()
                .mapToLong(r -> Items.epochNanos(r.getStart())).min().orElse(0);
        return new GcCycles(new ArrayList<>(cycles), first);
    }

    public String text() {
        StringBuilder out = new StringBuilder(String.format("%10s %3s %10s %12s  %6s  %s%n",
                "TIME_s", "GEN", "COLLECTED", "DURATION_us", "GC_ID", "JVM COLLECTION (jdk.GarbageCollection)"));
        for (Cycle c : cycles) {
            String jvm = c.jvm() == null ? "-"
                    : c.jvm().name() + ", " + c.jvm().cause() + ", longest pause " + c.jvm().longestPauseNanos() / 1000 + " us";
            out.append(String.format("%10.3f %3d %10d %12d  %6s  %s%n", (c.startNanos() - recordingStartNanos) / 1e9,
                    c.generation(), c.collected(), c.durationNanos() / 1000, c.gcId() < 0 ? "-" : Long.toString(c.gcId()), jvm));
        }
        if (cycles.isEmpty()) {
            out.append("no herthon.GarbageCollection events in the recording\n");
        }
        return out.toString();
    }
}
