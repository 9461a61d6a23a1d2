package org.herthon.bridge.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/** Reads the Herthon twin events of a recording back as the canonical lines of the USDT tests. */
public final class JfrEvents {
    /** Twin event name to marker name and the event's fields in the marker's argument order. */
    private static final Map<String, String[]> TWINS = Map.of(
            "herthon.FunctionEntry", new String[] {"function__entry", "filename", "function", "lineno", "frameId", "module"},
            "herthon.FunctionReturn", new String[] {"function__return", "filename", "function", "lineno", "frameId", "module"},
            "herthon.Line", new String[] {"line", "filename", "function", "lineno"},
            "herthon.GcStart", new String[] {"gc__start", "generation"},
            "herthon.GcDone", new String[] {"gc__done", "collected"},
            "herthon.ImportStart", new String[] {"import__find__load__start", "module"},
            "herthon.ImportDone", new String[] {"import__find__load__done", "module", "found"},
            "herthon.Audit", new String[] {"audit", "event", "args"});

    private JfrEvents() {
    }

    /** All events of the recording, in time order (stable for equal times). */
    public static List<RecordedEvent> read(Path recording) throws IOException {
        List<RecordedEvent> events = new ArrayList<>(RecordingFile.readAllEvents(recording));
        events.sort(Comparator.comparing(RecordedEvent::getStartTime));
        return events;
    }

    /** The marker twins among {@code events} as canonical lines ({@code marker|arg|...}). */
    public static List<String> twinLines(List<RecordedEvent> events) {
        List<String> lines = new ArrayList<>();
        for (RecordedEvent event : events) {
            String[] twin = TWINS.get(event.getEventType().getName());
            if (twin != null) {
                StringBuilder line = new StringBuilder(twin[0]);
                for (int i = 1; i < twin.length; i++) {
                    Object value = event.getValue(twin[i]);
                    line.append('|').append(value instanceof Boolean flag ? (flag ? "1" : "0") : String.valueOf(value));
                }
                lines.add(line.toString());
            }
        }
        return lines;
    }

    /** How many events of each type whose name starts with {@code prefix}. */
    public static Map<String, Long> countByType(List<RecordedEvent> events, String prefix) {
        return events.stream()
                .map(event -> event.getEventType().getName())
                .filter(name -> name.startsWith(prefix))
                .collect(Collectors.groupingBy(name -> name, TreeMap::new, Collectors.counting()));
    }
}
