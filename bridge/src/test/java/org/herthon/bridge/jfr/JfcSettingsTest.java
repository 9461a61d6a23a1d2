package org.herthon.bridge.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Event;
import jdk.jfr.EventType;
import org.herthon.bridge.support.ProjectPaths;
import org.herthon.events.HerthonEvents;
import org.junit.jupiter.api.Test;

/** The two settings files name every Herthon event and differ only in herthon.Line. */
class JfcSettingsTest {
    @Test
    void herthonJfcSetsEveryHerthonEventWithLinesOff() throws Exception {
        Map<String, String> settings = Configuration.create(ProjectPaths.jfc("herthon.jfc")).getSettings();
        for (Class<? extends Event> event : HerthonEvents.ALL) {
            String name = EventType.getEventType(event).getName();
            assertEquals(name.equals("herthon.Line") ? "false" : "true", settings.get(name + "#enabled"), name);
            assertEquals("false", settings.get(name + "#stackTrace"), name);
        }
    }

    @Test
    void herthonLinesJfcIsHerthonJfcWithLinesOn() throws Exception {
        Map<String, String> expected = new HashMap<>(Configuration.create(ProjectPaths.jfc("herthon.jfc")).getSettings());
        expected.put("herthon.Line#enabled", "true");
        Configuration lines = Configuration.create(ProjectPaths.jfc("herthon-lines.jfc"));
        assertEquals(expected, lines.getSettings());
        assertTrue(lines.getLabel().contains("lines"), lines.getLabel());
    }
}
