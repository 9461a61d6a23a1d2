package org.herthon.interpreter.probes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.herthon.bridge.support.ProjectPaths;

/** Runs the real {@code ./herthon} launcher, as a user would, and collects what it printed. */
final class HerthonCommand {
    /** What one run printed, and its exit code. */
    record Result(int exitCode, String stdout, String stderr, long pid) {
    }

    private HerthonCommand() {
    }

    static Path launcher() {
        return ProjectPaths.root().resolve("herthon");
    }

    /** {@code ./herthon args...} in {@code workingDirectory}, with extra JVM options (may be empty). */
    static Result run(Path workingDirectory, String javaOptions, String... args) throws IOException, InterruptedException {
        return run(testJdk(), workingDirectory, javaOptions, args);
    }

    /** The same, on the JDK in {@code javaHome}. */
    static Result run(Path javaHome, Path workingDirectory, String javaOptions, String... args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("herthon", ".out");
        Path err = Files.createTempFile("herthon", ".err");
        try {
            Process process = command(javaHome, workingDirectory, javaOptions, args)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("herthon " + String.join(" ", args) + " did not end within 120 s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), process.pid());
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * {@code ./herthon args...} ready to start: in {@code workingDirectory}, on the JDK in
     * {@code javaHome} (whatever JAVA says in the tests' environment), with extra JVM options.
     */
    static ProcessBuilder command(Path javaHome, Path workingDirectory, String javaOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(launcher().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().put("HERTHON_JAVA_OPTS", javaOptions);
        builder.environment().remove("JAVA");
        builder.environment().put("JAVA_HOME", javaHome.toString());
        return builder;
    }

    /** {@code ./herthon-jfr args...}, the recording reader at the repository root, on the test JDK. */
    static Result herthonJfr(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProjectPaths.root().resolve("herthon-jfr").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA");
        builder.environment().put("JAVA_HOME", testJdk().toString());
        Path out = Files.createTempFile("herthon-jfr", ".out");
        Path err = Files.createTempFile("herthon-jfr", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("herthon-jfr " + String.join(" ", args) + " did not end within 180 s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), process.pid());
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Runs the test JDK's jcmd (the JDK the launcher runs on here); it must succeed. Returns what it printed. */
    static String jcmd(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(testJdk().resolve("bin/jcmd").toString());
        command.addAll(List.of(args));
        Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(120, TimeUnit.SECONDS)) {
            jcmd.destroyForcibly();
            throw new AssertionError("jcmd " + String.join(" ", args) + " did not end within 120 s");
        }
        if (jcmd.exitValue() != 0) {
            throw new AssertionError("jcmd " + String.join(" ", args) + " failed: " + printed);
        }
        return printed;
    }

    /** The JDK running the tests. */
    static Path testJdk() {
        return Path.of(System.getProperty("java.home"));
    }

    /** JVM options that record the run with the given settings file into {@code recording}. */
    static String recordingWith(String jfc, Path recording) {
        return "-XX:StartFlightRecording:settings=" + ProjectPaths.jfc(jfc) + ",filename=" + recording
                + " -Xlog:jfr+startup=off";
    }
}
