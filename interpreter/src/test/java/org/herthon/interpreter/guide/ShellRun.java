package org.herthon.interpreter.guide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.herthon.bridge.support.ProjectPaths;

/**
 * Runs commands as a reader of the guide would: {@code bash -c COMMANDS} at the checkout's
 * root, stdin empty, stdout and stderr together (what a terminal shows), on the JDK running the
 * tests. With a private library, HERTHON_JAVA_OPTS points {@code ./herthon} (and so
 * {@code ./herthon --probes}, which native/bpftrace-run.sh asks) at a copy of libherthon of its
 * own: bpftrace attached to that copy sees only this run's processes, so such runs can go in
 * parallel.
 */
final class ShellRun {
    /** What the commands printed, and bash's exit status. */
    record Result(int exitStatus, String output) {
    }

    private ShellRun() {
    }

    /**
     * Runs {@code ./herthon -c pass} once, alone, before runs go in parallel: when a module the
     * launcher needs is not built yet (in a clean reactor, metrics/ is built after the
     * interpreter's tests), the launcher builds the project with Maven, and parallel runs would
     * each start that build in the same target folders.
     */
    static void launcherReady(Path scratch) throws IOException, InterruptedException {
        Result ready = run("./herthon -c pass", false, scratch);
        if (ready.exitStatus() != 0) {
            throw new AssertionError("./herthon -c pass: " + ready.output());
        }
    }

    /** Generous, as a busy 2-core machine needs: a bpftrace run is a few seconds on a quiet one. */
    private static final long TIMEOUT_SECONDS = 300;

    static Result run(String commands, boolean privateLibrary, Path scratch) throws IOException, InterruptedException {
        Path root = ProjectPaths.root();
        Files.createDirectories(scratch);
        Path output = Files.createTempFile(scratch, "run", ".out");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", commands)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().remove("JAVA");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("HERTHON_JAVA_OPTS");
        if (privateLibrary) {
            Path copy = Files.createTempDirectory(scratch, "lib").resolve("libherthon.so");
            Files.copy(ProjectPaths.library(), copy, StandardCopyOption.REPLACE_EXISTING);
            builder.environment().put("HERTHON_JAVA_OPTS", "-Dherthon.library=" + copy);
        }
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("did not end within " + TIMEOUT_SECONDS + " s: " + commands
                    + "\n" + Files.readString(output, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
