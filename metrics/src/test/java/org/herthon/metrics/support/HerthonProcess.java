package org.herthon.metrics.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.herthon.bridge.support.ProjectPaths;

/** The real {@code ./herthon} launcher running as a user would start it, output going to files. */
public final class HerthonProcess implements AutoCloseable {
    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private HerthonProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code ./herthon args...} in {@code directory}. */
    public static HerthonProcess start(Path directory, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProjectPaths.root().resolve("herthon").toString());
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(directory, "herthon", ".out");
        Path stderr = Files.createTempFile(directory, "herthon", ".err");
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        return new HerthonProcess(process, stdout, stderr);
    }

    public long pid() {
        return process.pid();
    }

    public String stdout() throws IOException {
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    public String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    /** Waits (up to 2 minutes: a busy 2-core machine starts JVMs slowly) until stdout or stderr satisfies {@code test}. */
    public void awaitOutput(String what, Predicate<String> test) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!test.test(stdout() + stderr())) {
            if (!process.isAlive() && !test.test(stdout() + stderr())) {
                fail("herthon ended (status " + process.exitValue() + ") before " + what + "; stdout: " + stdout() + " stderr: " + stderr());
            }
            if (System.nanoTime() > deadline) {
                fail("no " + what + " within 2 minutes; stdout: " + stdout() + " stderr: " + stderr());
            }
            Thread.sleep(50);
        }
    }

    /** Waits for the end of the process and returns its exit status. */
    public int waitFor() throws Exception {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("herthon did not end within 2 minutes; stderr: " + stderr());
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
