package org.herthon.bridge.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.herthon.bridge.driver.ProbeDriver;

/** A {@link ProbeDriver} JVM, talked to line by line; stderr goes to a file for the test to read. */
public final class DriverProcess implements AutoCloseable {
    private final Process process;
    private final PrintWriter commands;
    private final BufferedReader answers;
    private final Path stderr;

    public DriverProcess(List<String> jvmOptions) throws IOException {
        this(ProjectPaths.testClassPath(), jvmOptions, Map.of());
    }

    /** A driver on another class path (which must hold ProbeDriver), with extra environment variables. */
    public DriverProcess(String classPath, List<String> jvmOptions, Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProjectPaths.javaLauncher().toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(ProbeDriver.class.getName());
        stderr = Files.createTempFile("driver", ".stderr");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
        builder.environment().putAll(environment);
        process = builder.start();
        commands = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
        answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Sends one command and returns its one-line answer. */
    public String send(String command) throws IOException {
        commands.println(command);
        String answer;
        do {
            answer = answers.readLine();
            assertNotNull(answer, "driver ended before answering '" + command + "'; stderr: " + stderrText());
        } while (!answer.startsWith(ProbeDriver.ANSWER));
        return answer.substring(ProbeDriver.ANSWER.length());
    }

    public long pid() {
        return process.pid();
    }

    public String stderrText() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    /** Asks the driver to exit and expects it to end normally. */
    public void exit() throws Exception {
        assertEquals("bye", send("exit"));
        assertEquals(0, waitFor(), "driver exit code; stderr: " + stderrText());
    }

    public int waitFor() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        Files.deleteIfExists(stderr);
    }
}
