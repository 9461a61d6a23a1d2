package org.herthon.bridge.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import jdk.jfr.Configuration;
import jdk.jfr.Event;
import jdk.jfr.EventType;
import org.herthon.bridge.support.ProjectPaths;
import org.herthon.events.HerthonEvents;
import org.herthon.events.HerthonTypeIds;
import org.junit.jupiter.api.Test;

/**
 * The three settings files: herthon.jfc the always-on default, herthon-trace.jfc every Herthon
 * event but lines, herthon-lines.jfc the trace with lines; each names every Herthon event.
 */
class JfcSettingsTest {
    /** What herthon.jfc leaves off: the events that cost something on every call or line. */
    private static final Set<String> PER_CALL = Set.of(
            HerthonTypeIds.FUNCTION_ENTRY, HerthonTypeIds.FUNCTION_RETURN, HerthonTypeIds.LINE);

    @Test
    void herthonJfcIsTheAlwaysOnDefault() throws Exception {
        Map<String, String> settings = settings("herthon.jfc");
        for (Class<? extends Event> event : HerthonEvents.ALL) {
            String name = EventType.getEventType(event).getName();
            assertEquals(PER_CALL.contains(name) ? "false" : "true", settings.get(name + "#enabled"), name);
            assertEquals("false", settings.get(name + "#stackTrace"), name);
        }
        assertEquals("20 ms", settings.get(HerthonTypeIds.FUNCTION_CALL + "#threshold"));
        assertEquals("true", settings.get("jdk.ExecutionSample#enabled"));
        assertEquals("20 ms", settings.get("jdk.ExecutionSample#period"));
    }

    @Test
    void herthonTraceJfcSetsEveryHerthonEventWithLinesOff() throws Exception {
        Map<String, String> settings = settings("herthon-trace.jfc");
        for (Class<? extends Event> event : HerthonEvents.ALL) {
            String name = EventType.getEventType(event).getName();
            assertEquals(name.equals(HerthonTypeIds.LINE) ? "false" : "true", settings.get(name + "#enabled"), name);
            assertEquals("false", settings.get(name + "#stackTrace"), name);
        }
        assertEquals("0 ms", settings.get(HerthonTypeIds.FUNCTION_CALL + "#threshold"));
        Map<String, String> exceptHerthon = new HashMap<>(settings);
        exceptHerthon.keySet().removeIf(key -> key.startsWith("herthon."));
        Map<String, String> defaultExceptHerthon = new HashMap<>(settings("herthon.jfc"));
        defaultExceptHerthon.keySet().removeIf(key -> key.startsWith("herthon."));
        assertEquals(defaultExceptHerthon, exceptHerthon, "the JDK events are those of herthon.jfc");
    }

    @Test
    void herthonLinesJfcIsTheTraceWithLinesOn() throws Exception {
        Map<String, String> expected = new HashMap<>(settings("herthon-trace.jfc"));
        expected.put(HerthonTypeIds.LINE + "#enabled", "true");
        Configuration lines = Configuration.create(ProjectPaths.jfc("herthon-lines.jfc"));
        assertEquals(expected, lines.getSettings());
        assertTrue(lines.getLabel().contains("lines"), lines.getLabel());
    }

    private static Map<String, String> settings(String jfc) throws Exception {
        return Configuration.create(ProjectPaths.jfc(jfc)).getSettings();
    }
}
