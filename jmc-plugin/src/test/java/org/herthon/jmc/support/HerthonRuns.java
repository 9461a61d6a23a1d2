package org.herthon.jmc.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.herthon.bridge.support.ProjectPaths;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.flightrecorder.JfrLoaderToolkit;

/**
 * Recordings for the plugin's tests, made the way a user makes them: {@code ./herthon} runs a test
 * script (src/test/resources/scripts) as a separate process with JFR on. The plugin never links
 * the interpreter. Each script is recorded once per test JVM.
 */
public final class HerthonRuns {
    /** The settings that turn every marker twin on (an exact trace). */
    public static final String TRACE_SETTINGS = "herthon-trace.jfc";

    private static final Map<String, Path> RECORDED = new ConcurrentHashMap<>();

    private HerthonRuns() {
    }

    public static Path script(String name) {
        return Path.of("src/test/resources/scripts", name).toAbsolutePath();
    }

    /** The recording of {@code ./herthon script} with the trace settings (made on first use). */
    public static synchronized Path trace(String script) throws IOException, InterruptedException {
        Path cached = RECORDED.get(script);
        if (cached != null) {
            return cached;
        }
        Path dir = Files.createDirectories(Path.of("target/recordings").toAbsolutePath());
        Path jfr = dir.resolve(script.replace(".py", ".jfr"));
        Files.deleteIfExists(jfr);
        String options = "-XX:StartFlightRecording:settings=" + ProjectPaths.jfc(TRACE_SETTINGS) + ",filename=" + jfr
                + ",dumponexit=true -Xlog:jfr+startup=off";
        Path out = dir.resolve(script + ".out");
        ProcessBuilder builder = new ProcessBuilder(ProjectPaths.root().resolve("herthon").toString(),
                script(script).toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("HERTHON_JAVA_OPTS", options);
        builder.environment().remove("JAVA");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        // Generous: the launcher may build the project on a busy machine first.
        assertTrue(process.waitFor(15, TimeUnit.MINUTES), "herthon " + script + " did not end");
        assertEquals(0, process.exitValue(), () -> "herthon " + script + " failed:\n" + read(out));
        assertTrue(Files.size(jfr) > 0, "no recording from " + script);
        RECORDED.put(script, jfr);
        return jfr;
    }

    public static IItemCollection load(Path jfr) throws IOException {
        try {
            return JfrLoaderToolkit.loadEvents(List.of(jfr.toFile()));
        } catch (org.openjdk.jmc.flightrecorder.CouldNotLoadRecordingException e) {
            throw new IOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
