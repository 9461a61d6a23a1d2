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
import jdk.jfr.SettingDescriptor;

/** What the running recordings ask of an event type, read from their settings. */
final class RecordingSettings {
    /** A JFR duration setting: "20 ms", "0 ns", "1 s". */
    private static final Pattern DURATION = Pattern.compile("\\s*(\\d+)\\s*(ns|us|ms|s|m|h|d)\\s*");

    private RecordingSettings() {
    }

    /**
     * The lowest threshold of {@code eventClass} among the running recordings that enable it, as
     * JFR applies them: a setting a recording leaves out has the event's default (its
     * {@code @Enabled} and {@code @Threshold}). The JDK's own default.jfc names no Herthon event,
     * so a plain {@code jcmd <pid> JFR.start} records herthon.FunctionCall from 20 ms. Zero when no
     * recording enables it, or when a threshold cannot be read. Call only once JFR is initialized
     * (from a recorder listener): asking starts it otherwise.
     */
    static Duration lowestThreshold(Class<? extends Event> eventClass) {
        EventType type = EventType.getEventType(eventClass);
        // a .jfc or enable("name") keys settings by the event's name; enable(Class) by "@" and its id
        String[] names = {type.getName(), "@" + type.getId()};
        String enabledByDefault = defaultValue(type, "enabled", "true");
        String thresholdByDefault = defaultValue(type, "threshold", "0 ns");
        Duration lowest = null;
        for (Recording recording : FlightRecorder.getFlightRecorder().getRecordings()) {
            if (recording.getState() != RecordingState.RUNNING) {
                continue;
            }
            Map<String, String> settings = recording.getSettings();
            if ("true".equals(setting(settings, names, "#enabled", enabledByDefault))) {
                Duration threshold = parse(setting(settings, names, "#threshold", thresholdByDefault));
                lowest = lowest == null || threshold.compareTo(lowest) < 0 ? threshold : lowest;
            }
        }
        return lowest == null ? Duration.ZERO : lowest;
    }

    private static String setting(Map<String, String> settings, String[] names, String key, String byDefault) {
        for (String name : names) {
            String value = settings.get(name + key);
            if (value != null) {
                return value;
            }
        }
        return byDefault;
    }

    private static String defaultValue(EventType type, String setting, String otherwise) {
        for (SettingDescriptor descriptor : type.getSettingDescriptors()) {
            if (descriptor.getName().equals(setting)) {
                return descriptor.getDefaultValue();
            }
        }
        return otherwise;
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
