package org.herthon.bridge.support;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real bpftrace process running a script against libherthon's markers. The script must print
 * {@code READY} from its BEGIN probe: bpftrace attaches every probe before BEGIN runs, so READY
 * means the semaphores are set. Output goes to a file, read after {@link #stop()}.
 */
public final class Bpftrace implements AutoCloseable {
    private final Process process;
    private final Path output;

    private Bpftrace(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts bpftrace on {@code script} (with {@code $LIB} replaced by the library path) and waits for READY. */
    public static Bpftrace start(String script) throws Exception {
        Path bpftrace = RequiredTool.bpftrace();
        Path scriptFile = Files.createTempFile("herthon", ".bt");
        Files.writeString(scriptFile, script.replace("$LIB", ProjectPaths.library().toString()));
        Path output = Files.createTempFile("herthon", ".bpftrace.out");
        ProcessBuilder builder = new ProcessBuilder(List.of(bpftrace.toString(), scriptFile.toString()))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        // Large perf buffers, so printf-per-event scripts do not lose events.
        builder.environment().put("BPFTRACE_PERF_RB_PAGES", "4096");
        Bpftrace started = new Bpftrace(builder.start(), output);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!started.outputText().contains("READY\n")) {
            if (!started.process.isAlive() || System.nanoTime() > deadline) {
                fail("bpftrace did not attach: " + started.outputText());
            }
            Thread.sleep(20);
        }
        return started;
    }

    /** Detaches (SIGINT, as Ctrl-C would), lets END blocks print, and returns all output. */
    public String stop() throws Exception {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "bpftrace did not stop on SIGINT");
        return outputText();
    }

    private String outputText() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        Files.deleteIfExists(output);
    }
}
