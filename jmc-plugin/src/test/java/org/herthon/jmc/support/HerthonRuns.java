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
    public static Path trace(String script) throws IOException, InterruptedException {
        return record(script, script.replace(".py", ".jfr"), "settings=" + ProjectPaths.jfc(TRACE_SETTINGS));
    }

    /**
     * The recording of {@code ./herthon script} into target/recordings/{@code name}, with JFR
     * started by {@code -XX:StartFlightRecording:OPTIONS,filename=...} (made on first use).
     */
    public static synchronized Path record(String script, String name, String options)
            throws IOException, InterruptedException {
        Path cached = RECORDED.get(name);
        if (cached != null) {
            return cached;
        }
        Path dir = Files.createDirectories(Path.of("target/recordings").toAbsolutePath());
        Path jfr = dir.resolve(name);
        Files.deleteIfExists(jfr);
        String jvmOptions = "-XX:StartFlightRecording:" + options + ",filename=" + jfr + ",dumponexit=true"
                + " -Xlog:jfr+startup=off";
        Path out = dir.resolve(name + ".out");
        ProcessBuilder builder = new ProcessBuilder(ProjectPaths.root().resolve("herthon").toString(),
                script(script).toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("HERTHON_JAVA_OPTS", jvmOptions);
        builder.environment().remove("JAVA");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        // Generous: the launcher may build the project on a busy machine first.
        assertTrue(process.waitFor(15, TimeUnit.MINUTES), "herthon " + script + " did not end");
        assertEquals(0, process.exitValue(), () -> "herthon " + script + " failed:\n" + read(out));
        assertTrue(Files.isRegularFile(jfr) && Files.size(jfr) > 0, "no recording from " + script);
        RECORDED.put(name, jfr);
        return jfr;
    }

    /**
     * The recording of {@code ./herthon script}, JFR started with {@code OPTIONS}, dumped with
     * {@code jcmd PID JFR.dump} once the script has printed {@code ready} (so while it runs, however
     * long the JVM took to start); the process is then ended.
     */
    public static synchronized Path dumpWhileRunning(String script, String ready, String name, String options)
            throws IOException, InterruptedException {
        Path cached = RECORDED.get(name);
        if (cached != null) {
            return cached;
        }
        Path dir = Files.createDirectories(Path.of("target/recordings").toAbsolutePath());
        Path jfr = dir.resolve(name);
        Files.deleteIfExists(jfr);
        ProcessBuilder builder = new ProcessBuilder(ProjectPaths.root().resolve("herthon").toString(),
                script(script).toString())
                .directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("HERTHON_JAVA_OPTS",
                "-XX:StartFlightRecording:name=herthon-test," + options + " -Xlog:jfr+startup=off");
        builder.environment().remove("JAVA");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        try {
            // The launcher execs the JVM: its pid is the JVM's. Waits for the line, not for a time.
            try (var lines = new java.io.BufferedReader(
                    new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null && !line.equals(ready)) {
                    // the script's other output
                }
                assertEquals(ready, line, "herthon " + script + " ended before it printed '" + ready + "'");
                Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
                Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "JFR.dump",
                        "name=herthon-test", "filename=" + jfr)
                        .redirectErrorStream(true).start();
                String said = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(dump.waitFor(10, TimeUnit.MINUTES), "jcmd JFR.dump did not end");
                assertEquals(0, dump.exitValue(), said);
            }
        } finally {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.MINUTES);
        }
        assertTrue(Files.isRegularFile(jfr) && Files.size(jfr) > 0, "no recording from " + script);
        RECORDED.put(name, jfr);
        return jfr;
    }

    /**
     * A real recording with no Herthon event: JFR's own default settings around some work in
     * this (test) JVM.
     */
    public static synchronized Path withoutHerthon() throws IOException, java.text.ParseException {
        Path cached = RECORDED.get("no-herthon.jfr");
        if (cached != null) {
            return cached;
        }
        Path jfr = Files.createDirectories(Path.of("target/recordings").toAbsolutePath()).resolve("no-herthon.jfr");
        try (jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("default"))) {
            recording.start();
            long sum = 0;
            for (int i = 0; i < 2_000_000; i++) {
                sum += Integer.toString(i).hashCode();
            }
            System.gc();
            recording.stop();
            recording.dump(jfr);
            assertTrue(sum != 1);
        }
        RECORDED.put("no-herthon.jfr", jfr);
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
