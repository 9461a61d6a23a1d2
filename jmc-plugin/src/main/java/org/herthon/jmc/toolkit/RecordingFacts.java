package org.herthon.jmc.toolkit;

import static org.openjdk.jmc.common.item.Attribute.attr;

import java.util.HashMap;
import java.util.Map;
import org.herthon.events.HerthonTypeIds;
import org.openjdk.jmc.common.item.IAttribute;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.ItemFilters;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.unit.UnitLookup;
import org.openjdk.jmc.common.util.LabeledIdentifier;
import org.openjdk.jmc.flightrecorder.jdk.JdkAttributes;
import org.openjdk.jmc.flightrecorder.jdk.JdkTypeIDs;

/** What a recording says about itself: the settings it was made with and what it lost. */
public record RecordingFacts(Settings settings, DataLoss dataLoss) {

    /** The Herthon settings file a recording matches, read back from its {@code jdk.ActiveSetting} events. */
    public enum Kind {
        DEFAULT("default (herthon.jfc: execution samples, GC, imports, audit; herthon.FunctionCall above %s)"),
        TRACE("trace (herthon-trace.jfc: every function entry and return; lines off)"),
        LINES("lines (herthon-lines.jfc: every function entry, return and line)"),
        CUSTOM("custom (Herthon events on, but neither herthon.jfc, herthon-trace.jfc nor herthon-lines.jfc)"),
        NONE("no Herthon events enabled (not recorded with a Herthon .jfc)");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    public record Settings(Kind kind, String functionCallThreshold) {
        public String describe() {
            return kind.description.formatted(functionCallThreshold);
        }
    }

    /** {@code jdk.DataLoss}: JFR's buffers were full and it threw events away. */
    public record DataLoss(long events, long bytes) {
        public String describe() {
            return events == 0 ? "none (no jdk.DataLoss events)"
                    : events + " jdk.DataLoss events, " + bytes + " bytes of events lost";
        }
    }

    private static final IAttribute<IQuantity> LOST_AMOUNT = attr("amount", "Amount", UnitLookup.MEMORY);
    private static final String DATA_LOSS = "jdk.DataLoss";

    public static RecordingFacts of(IItemCollection items) {
        Map<String, String> settings = new HashMap<>();
        Items.rows(items.apply(ItemFilters.type(JdkTypeIDs.RECORDING_SETTING)), accessors -> {
            var type = accessors.of(JdkAttributes.REC_SETTING_FOR);
            var name = accessors.of(JdkAttributes.REC_SETTING_NAME);
            var value = accessors.of(JdkAttributes.REC_SETTING_VALUE);
            return item -> {
                LabeledIdentifier eventType = type.getMember(item);
                if (eventType != null && eventType.getInterfaceId().startsWith("herthon.")) {
                    // A later setting (a second recording, a change) replaces an earlier one.
                    settings.put(eventType.getInterfaceId() + "#" + name.getMember(item), value.getMember(item));
                }
                return null;
            };
        });
        long[] loss = new long[2];
        Items.rows(items.apply(ItemFilters.type(DATA_LOSS)), accessors -> {
            var amount = accessors.of(LOST_AMOUNT);
            return item -> {
                loss[0]++;
                IQuantity bytes = amount.getMember(item);
                loss[1] += bytes == null ? 0 : bytes.clampedLongValueIn(UnitLookup.BYTE);
                return null;
            };
        });
        return new RecordingFacts(classify(settings), new DataLoss(loss[0], loss[1]));
    }

    private static Settings classify(Map<String, String> settings) {
        String threshold = settings.getOrDefault(HerthonTypeIds.FUNCTION_CALL + "#threshold", "0 ms");
        if (on(settings, HerthonTypeIds.LINE)) {
            return new Settings(Kind.LINES, threshold);
        }
        if (on(settings, HerthonTypeIds.FUNCTION_ENTRY) && on(settings, HerthonTypeIds.FUNCTION_RETURN)) {
            return new Settings(Kind.TRACE, threshold);
        }
        if (on(settings, HerthonTypeIds.FUNCTION_CALL) && !on(settings, HerthonTypeIds.FUNCTION_ENTRY)
                && on(settings, HerthonTypeIds.GARBAGE_COLLECTION)) {
            return new Settings(Kind.DEFAULT, threshold);
        }
        boolean any = settings.entrySet().stream().anyMatch(e -> e.getKey().endsWith("#enabled") && e.getValue().equals("true"));
        return new Settings(any ? Kind.CUSTOM : Kind.NONE, threshold);
    }

    private static boolean on(Map<String, String> settings, String type) {
        return "true".equals(settings.get(type + "#enabled"));
    }
}
