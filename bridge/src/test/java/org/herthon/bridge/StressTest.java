package org.herthon.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.herthon.bridge.support.DriverProcess;
import org.herthon.bridge.support.JfrEvents;
import org.herthon.bridge.support.ProjectPaths;
import org.herthon.bridge.usdt.BpftraceCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Check 6: 8 threads x 100,000 firings with bpftrace and JFR both on; neither loses one. */
class StressTest {
    private static final long PER_MARKER = 8 * 100_000L;

    @TempDir
    Path temp;

    @Test
    void eightThreadsWithBpftraceAndJfr() throws Exception {
        Path recording = temp.resolve("stress.jfr");
        Map<String, Long> traced;
        try (DriverProcess driver = new DriverProcess(List.of("-XX:StartFlightRecording:settings="
                + ProjectPaths.jfc("herthon-lines.jfc") + ",filename=" + recording))) {
            traced = BpftraceCounts.whileStressing(driver);
            driver.exit();
        }
        assertEquals(Map.of("function__entry", PER_MARKER, "function__return", PER_MARKER, "line", PER_MARKER), traced);

        Map<String, Long> recorded = JfrEvents.countByType(JfrEvents.read(recording), "herthon.");
        assertEquals(Map.of("herthon.FunctionEntry", PER_MARKER, "herthon.FunctionReturn", PER_MARKER,
                "herthon.Line", PER_MARKER, "herthon.FunctionCall", PER_MARKER), recorded);
    }
}
