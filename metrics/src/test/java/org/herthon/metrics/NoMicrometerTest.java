package org.herthon.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herthon.bridge.support.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Check 5: without {@code --metrics-port} Micrometer is not on the class path at all, and the
 * interpreter and the JFR sink work unchanged.
 */
class NoMicrometerTest {
    @TempDir
    Path dir;

    @Test
    void theInterpreterAndJfrRunWithoutMicrometer() throws Exception {
        Path script = dir.resolve("plain.py");
        Files.writeString(script, "import sys\nsys.audit('no.micrometer', 1)\ndef f():\n    return 42\nprint(f())\n");
        Path classes = dir.resolve("classes.log");
        Path recording = dir.resolve("run.jfr");
        ProcessBuilder builder = new ProcessBuilder(ProjectPaths.root().resolve("herthon").toString(),
                "--jfr=" + recording, script.toString())
                .directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("HERTHON_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes);
        Process herthon = builder.start();
        String output = new String(herthon.getInputStream().readAllBytes());
        assertEquals(0, herthon.waitFor(), output);
        assertEquals("42\n", output);

        String loaded = Files.readString(classes);
        assertTrue(loaded.contains("org.herthon.bridge.Probes"), "the hook was loaded");
        assertFalse(loaded.contains("io.micrometer"), "no Micrometer class was loaded");
        assertFalse(loaded.contains("org.herthon.metrics"), "no metrics class was loaded");

        Process print = new ProcessBuilder(ProjectPaths.jdkTool("jfr").toString(), "print", "--events", "herthon.Audit", recording.toString())
                .redirectErrorStream(true).start();
        String events = new String(print.getInputStream().readAllBytes());
        assertEquals(0, print.waitFor(), events);
        assertTrue(events.contains("no.micrometer"), "the JFR sink recorded the audit event: " + events);
        assertTrue(List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)).stream()
                .anyMatch(entry -> entry.contains("micrometer")), "this test's own JVM has Micrometer (the check above is not vacuous)");
    }
}
