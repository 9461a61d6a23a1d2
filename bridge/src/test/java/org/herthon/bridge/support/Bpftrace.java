package org.herthon.bridge.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    /** bpftrace's own default for BPFTRACE_STRLEN. */
    public static final int DEFAULT_STRING_LENGTH = 64;

    private final Process process;
    private final Path output;
    /** How long attaching took: a measure of how loaded the machine is, for the stop bound. */
    private long attachNanos;

    private Bpftrace(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts bpftrace on {@code script} (with {@code $LIB} replaced by the library path) and waits for READY. */
    public static Bpftrace start(String script) throws Exception {
        return start(script, DEFAULT_STRING_LENGTH);
    }

    /**
     * As {@link #start(String)}, reading at most {@code stringLength} bytes of each string
     * (BPFTRACE_STRLEN, at most 200). Strings live on the 512-byte BPF stack: a probe that
     * prints three 128-byte strings does not fit, one that prints two does.
     */
    public static Bpftrace start(String script, int stringLength) throws Exception {
        return start(script, ProjectPaths.library(), stringLength);
    }

    /** As {@link #start(String)}, with {@code $LIB} replaced by {@code library}: a copy of libherthon elsewhere. */
    public static Bpftrace start(String script, Path library) throws Exception {
        return start(script, library, DEFAULT_STRING_LENGTH);
    }

    private static Bpftrace start(String script, Path library, int stringLength) throws Exception {
        Path scriptFile = Files.createTempFile("herthon", ".bt");
        Files.writeString(scriptFile, script.replace("$LIB", library.toString()));
        return startScript(List.of(scriptFile.toString()), "READY\n", stringLength);
    }

    /**
     * Starts {@code bpftrace arguments...} (options, script file, positional parameters), and
     * waits until its output contains {@code ready} (what the script prints from BEGIN).
     */
    public static Bpftrace startScript(List<String> arguments, String ready) throws Exception {
        return startScript(arguments, ready, DEFAULT_STRING_LENGTH);
    }

    private static Bpftrace startScript(List<String> arguments, String ready, int stringLength) throws Exception {
        Path bpftrace = RequiredTool.bpftrace();
        Path output = Files.createTempFile("herthon", ".bpftrace.out");
        List<String> command = new java.util.ArrayList<>(List.of(bpftrace.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        // Large perf buffers, so printf-per-event scripts do not lose events.
        builder.environment().put("BPFTRACE_PERF_RB_PAGES", "4096");
        builder.environment().put("BPFTRACE_STRLEN", Integer.toString(stringLength));
        long startNanos = System.nanoTime();
        Bpftrace started = new Bpftrace(builder.start(), output);
        // A bound for a hang only (READY is the condition waited on): bpftrace compiles its
        // program with LLVM before attaching, which is slow when other work fills both cores.
        long deadline = startNanos + TimeUnit.MINUTES.toNanos(5);
        while (!started.outputText().contains(ready)) {
            if (!started.process.isAlive() || System.nanoTime() > deadline) {
                fail("bpftrace did not attach: " + started.outputText());
            }
            Thread.sleep(20);
        }
        started.attachNanos = System.nanoTime() - startNanos;
        return started;
    }

    /** Detaches (SIGINT, as Ctrl-C would), lets END blocks print, expects status 0, and returns all output. */
    public String stop() throws Exception {
        // After SIGINT bpftrace drains its perf buffers (up to BPFTRACE_PERF_RB_PAGES per CPU of
        // printf events) and runs END: on a machine busy with other builds that took over 60 s.
        // The bound grows with how slowly this bpftrace attached; SIGINT is repeated in case one
        // arrived while bpftrace could not yet act on it.
        long boundNanos = TimeUnit.SECONDS.toNanos(60) + 30 * attachNanos;
        long deadline = System.nanoTime() + boundNanos;
        boolean stopped = false;
        while (!stopped && System.nanoTime() < deadline) {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
            stopped = process.waitFor(Math.min(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()), 10_000),
                    TimeUnit.MILLISECONDS);
        }
        assertTrue(stopped, "bpftrace did not stop on SIGINT within " + TimeUnit.NANOSECONDS.toSeconds(boundNanos)
                + " s: " + outputText());
        assertEquals(0, process.exitValue(), "bpftrace's exit status: " + outputText());
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
