package org.herthon.bridge.usdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.herthon.bridge.driver.KnownFirings;
import org.herthon.bridge.support.DriverProcess;
import org.herthon.bridge.support.JfrEvents;
import org.herthon.bridge.support.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Check 7: without the library, one warning and JFR alone; with usdt=required, a startup failure. */
class MissingLibraryTest {
    private static final String MISSING = "-Dherthon.library=/nonexistent/libherthon.so";
    private static final String MESSAGE =
            "herthon: USDT markers unavailable (-Dherthon.library=/nonexistent/libherthon.so: no such file); JFR events still work";

    @TempDir
    Path temp;

    @Test
    void warnsOnceAndStillRecordsJfrEvents() throws Exception {
        Path recording = temp.resolve("nolib.jfr");
        String stderr;
        try (DriverProcess driver = new DriverProcess(List.of(MISSING, "-XX:StartFlightRecording:settings="
                + ProjectPaths.jfc("herthon-trace.jfc") + ",filename=" + recording))) {
            assertEquals("library=null reason=-Dherthon.library=/nonexistent/libherthon.so: no such file",
                    driver.send("status"));
            driver.send("fire-known");
            driver.exit();
            stderr = driver.stderrText();
        }
        assertEquals(MESSAGE + "\n", stderr);
        assertEquals(KnownFirings.expected(false, UnaryOperator.identity()),
                JfrEvents.twinLines(JfrEvents.read(recording)));
    }

    @Test
    void requiredMakesItAStartupFailureWithTheSameMessage() throws Exception {
        try (DriverProcess driver = new DriverProcess(List.of(MISSING, "-Dherthon.usdt=required"))) {
            int exit = driver.waitFor();
            assertNotEquals(0, exit);
            assertTrue(driver.stderrText().contains(MESSAGE), driver.stderrText());
            assertEquals(1, driver.stderrText().lines().count(), driver.stderrText());
        }
    }
}
