package org.herthon.bridge.jfr;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.Event;
import jdk.jfr.EventType;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;
import jdk.jfr.RecordingState;

/** What the running recordings ask of an event type, read from their settings. */
final class RecordingSettings {
    /** A JFR duration setting: "20 ms", "0 ns", "1 s". */
    private static final Pattern DURATION = Pattern.compile("\\s*(\\d+)\\s*(ns|us|ms|s|m|h|d)\\s*");

    private RecordingSettings() {
    }

    /**
     * The lowest threshold of {@code eventClass} among the running recordings that enable it;
     * zero when one enables it with no threshold, or with one that cannot be read. Call only once
     * JFR is initialized (from a recorder listener): asking starts it otherwise.
     */
    static Duration lowestThreshold(Class<? extends Event> eventClass) {
        EventType type = EventType.getEventType(eventClass);
        // a .jfc or enable("name") keys settings by the event's name; enable(Class) by "@" and its id
        String[] names = {type.getName(), "@" + type.getId()};
        Duration lowest = null;
        for (Recording recording : FlightRecorder.getFlightRecorder().getRecordings()) {
            if (recording.getState() != RecordingState.RUNNING) {
                continue;
            }
            Map<String, String> settings = recording.getSettings();
            for (String name : names) {
                if ("true".equals(settings.get(name + "#enabled"))) {
                    Duration threshold = parse(settings.get(name + "#threshold"));
                    lowest = lowest == null || threshold.compareTo(lowest) < 0 ? threshold : lowest;
                }
            }
        }
        return lowest == null ? Duration.ZERO : lowest;
    }

    static Duration parse(String setting) {
        Matcher m = setting == null ? null : DURATION.matcher(setting);
        if (m == null || !m.matches()) {
            return Duration.ZERO;
        }
        long amount;
        try {
            amount = Long.parseLong(m.group(1));
        } catch (NumberFormatException tooLong) {
            return Duration.ZERO;
        }
        return switch (m.group(2)) {
            case "ns" -> Duration.ofNanos(amount);
            case "us" -> Duration.ofNanos(amount * 1000);
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
