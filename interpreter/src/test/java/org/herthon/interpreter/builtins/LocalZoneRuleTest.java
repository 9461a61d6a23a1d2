package org.herthon.interpreter.builtins;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** time.tzname/timezone/altzone/daylight from POSIX rules, with CPython 3.11's values on glibc. */
class LocalZoneRuleTest {
    @Test
    void northernRule() {
        LocalZoneRule r = LocalZoneRule.parse("CET-1CEST,M3.5.0,M10.5.0/3");
        assertArrayEquals(new String[]{"CET", "CEST"}, r.tzname());
        assertEquals(-3600, r.timezone());
        assertEquals(-7200, r.altzone());
        assertTrue(r.daylight());
    }

    @Test
    void negativeDaylightSavingPutsTheSmallerOffsetFirst() {
        LocalZoneRule r = LocalZoneRule.parse("IST-1GMT0,M10.5.0,M3.5.0/1");
        assertArrayEquals(new String[]{"GMT", "IST"}, r.tzname());
        assertEquals(0, r.timezone());
        assertEquals(-3600, r.altzone());
    }

    @Test
    void quotedNamesAndDefaultDaylightOffset() {
        LocalZoneRule r = LocalZoneRule.parse("<+03>-3");
        assertArrayEquals(new String[]{"+03", "+03"}, r.tzname());
        assertEquals(-10800, r.timezone());
        assertFalse(r.daylight());
        LocalZoneRule e = LocalZoneRule.parse("EST5EDT");
        assertEquals(18000, e.timezone());
        assertEquals(14400, e.altzone());
        assertEquals(-19800, LocalZoneRule.parse("IST-5:30").timezone());
    }

    @Test
    void notARule() {
        assertNull(LocalZoneRule.parse("Europe/Paris"));
        assertNull(LocalZoneRule.parse("1abc"));
    }

    @Test
    void ruleAtTheEndOfAZoneFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Zone");
        Files.write(file, "TZif2\0\0binary data\nAEST-10AEDT,M10.1.0,M4.1.0/3\n".getBytes(StandardCharsets.ISO_8859_1));
        LocalZoneRule r = LocalZoneRule.fromFile(file);
        assertArrayEquals(new String[]{"AEST", "AEDT"}, r.tzname());
        assertEquals(-36000, r.timezone());
        Files.write(dir.resolve("Old"), "TZif\0\0\0".getBytes(StandardCharsets.ISO_8859_1));
        assertNull(LocalZoneRule.fromFile(dir.resolve("Old")));
        assertNull(LocalZoneRule.fromFile(dir.resolve("missing")));
    }
}
