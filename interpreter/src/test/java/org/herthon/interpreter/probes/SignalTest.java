package org.herthon.interpreter.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.herthon.bridge.support.JfrEvents;
import org.herthon.bridge.support.RequiredTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signals reach the Herthon program as CPython delivers them: SIGINT raises KeyboardInterrupt in
 * the main thread at the next safe point (a loop, {@code time.sleep}, a blocking read), the
 * traceback is CPython's and the exit code 130; {@code signal.signal} handlers run; SIGTERM ends
 * the process at once (143, no {@code finally}). Sent with {@code kill} and, as Ctrl-C, through
 * a real pseudo-terminal ({@code script}). The expected output is python3.11's for the same
 * script and signal, with the script's path shortened to its name (position carets included).
 */
class SignalTest {
    private static final Path SCRIPTS = Path.of("src/test/resources/signals").toAbsolutePath();
    /** Starting a JVM on a busy 2-core machine: minutes, not seconds, at worst. */
    private static final long START_BOUND_SECONDS = 180;
    private static final long END_BOUND_SECONDS = 60;

    @TempDir
    Path temp;

    @Test
    void sigintInABusyLoopRaisesKeyboardInterruptAndRunsFinally() throws Exception {
        Ended run = signalled("busy_loop.py", "INT", List.of());
        assertEquals(130, run.exitCode, run.stderr);
        assertEquals("ready\nfinally ran\n", run.stdout);
        assertTrue(run.stderr.startsWith("Traceback (most recent call last):\n  File \"busy_loop.py\", line "), run.stderr);
        assertTrue(run.stderr.endsWith("\nKeyboardInterrupt\n"), run.stderr);
    }

    @Test
    void sigintEndsTimeSleep() throws Exception {
        Ended run = signalled("sleep_interrupted.py", "INT", List.of());
        assertEquals(130, run.exitCode, run.stderr);
        assertEquals("ready\ncaught in sleep\n", run.stdout);
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"sleep_interrupted.py\", line 5, in <module>\n"
                + "    time.sleep(600)\n"
                + "KeyboardInterrupt\n", run.stderr);
    }

    @Test
    void sigintEndsABlockingRead() throws Exception {
        Ended run = signalled("read_interrupted.py", "INT", List.of());
        assertEquals(130, run.exitCode, run.stderr);
        assertEquals("ready\ncaught in read\n", run.stdout);
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"read_interrupted.py\", line 5, in <module>\n"
                + "    data = sys.stdin.read()\n"
                + "           ^^^^^^^^^^^^^^^^\n"
                + "KeyboardInterrupt\n", run.stderr);
    }

    @Test
    void signalSignalInstallsAHandlerThatRunsInTheMainThread() throws Exception {
        Ended run = signalled("handler.py", "INT", List.of());
        assertEquals(0, run.exitCode, run.stderr);
        assertEquals("previous is default_int_handler: True\n"
                + "getsignal is the handler: True\n"
                + "ready\n"
                + "handler got 2 frame frame\n"
                + "ignored; received [2]\n"
                + "raise_signal raised KeyboardInterrupt\n", run.stdout);
        assertEquals("", run.stderr);
    }

    @Test
    void sigtermEndsTheProcessAtOnceAndTheRecordingIsComplete() throws Exception {
        Path recording = temp.resolve("term.jfr");
        Ended run = signalled("terminated.py", "TERM", List.of("--jfr=" + recording, "--jfr-settings=trace"));
        assertEquals(143, run.exitCode, run.stderr);
        assertEquals("ready\n", run.stdout, "no finally runs, as in CPython");
        assertEquals("", run.stderr);
        assertTrue(functionNames(recording).contains("work"), "the recording holds the program's calls");
    }

    /** Ctrl-C typed into a terminal: the pty's line discipline sends SIGINT to the foreground job. */
    @Test
    void ctrlCInATerminalStopsTheProgramBeforeTheRecordingIsWritten() throws Exception {
        Path script = RequiredTool.onPath("script");
        Path recording = temp.resolve("ctrl-c.jfr");
        String command = quote(HerthonCommand.launcher().toString()) + " --jfr=" + quote(recording.toString()) + " --jfr-settings=trace recorded.py";
        ProcessBuilder builder = new ProcessBuilder(script.toString(), "-qfec", command, "/dev/null")
                .directory(SCRIPTS.toFile())
                .redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", HerthonCommand.testJdk().toString());
        builder.environment().remove("JAVA");
        builder.environment().remove("HERTHON_JAVA_OPTS");
        Process terminal = builder.start();
        String printed;
        try (OutputStream keyboard = terminal.getOutputStream()) {
            BufferedReader screen = new BufferedReader(new InputStreamReader(terminal.getInputStream(), StandardCharsets.UTF_8));
            awaitReady(screen, terminal);
            keyboard.write(3);   // Ctrl-C
            keyboard.flush();
            printed = readAll(screen);
            assertTrue(terminal.waitFor(END_BOUND_SECONDS, TimeUnit.SECONDS), "the program ended on Ctrl-C");
        } finally {
            terminal.destroyForcibly();
        }
        String screenText = printed.replace("\r\n", "\n").replace("^C", "");
        assertEquals(130, terminal.exitValue(), screenText);
        assertTrue(screenText.startsWith("cleaned up\nTraceback (most recent call last):\n  File \""), screenText);
        assertTrue(screenText.endsWith("\nKeyboardInterrupt\n"), screenText);
        // cleanup() ran in the finally block after the interrupt; its call is in the recording,
        // so the recording was written after the program stopped.
        assertTrue(functionNames(recording).contains("cleanup"), "cleanup() recorded");
    }

    /** What a run printed after its signal, and how it ended. */
    private record Ended(int exitCode, String stdout, String stderr) {
    }

    /**
     * {@code ./herthon [launcherOptions] script} with stdin an open pipe; once it prints "ready",
     * {@code kill -SIGNAL pid}; waits for the end.
     */
    private Ended signalled(String script, String signal, List<String> launcherOptions) throws Exception {
        List<String> args = new ArrayList<>(launcherOptions);
        args.add(script);
        Path err = temp.resolve(script + ".err");
        Process herthon = HerthonCommand.command(HerthonCommand.testJdk(), SCRIPTS, "", args.toArray(String[]::new))
                .redirectError(err.toFile())
                .start();
        String rest;
        try (OutputStream stdin = herthon.getOutputStream()) {
            BufferedReader out = new BufferedReader(new InputStreamReader(herthon.getInputStream(), StandardCharsets.UTF_8));
            String head = awaitReady(out, herthon);
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(herthon.pid())).inheritIO().start();
            assertTrue(kill.waitFor(END_BOUND_SECONDS, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -" + signal);
            rest = head + readAll(out);
            assertTrue(herthon.waitFor(END_BOUND_SECONDS, TimeUnit.SECONDS), script + " ended on SIG" + signal);
        } finally {
            herthon.destroyForcibly();
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8).replace(SCRIPTS.resolve(script).toString(), script);
        return new Ended(herthon.exitValue(), rest, stderr);
    }

    /** Reads until the program's "ready" line (what came before it is returned with it). */
    private static String awaitReady(BufferedReader out, Process process) throws IOException, InterruptedException {
        StringBuilder head = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_BOUND_SECONDS);
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(START_BOUND_SECONDS, TimeUnit.SECONDS)) process.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        String line;
        while ((line = out.readLine()) != null) {
            head.append(line.replace("\r", "")).append('\n');
            if (line.replace("\r", "").equals("ready")) {
                watchdog.interrupt();
                return head.toString();
            }
        }
        watchdog.interrupt();
        assertFalse(System.nanoTime() > deadline, "no 'ready' within " + START_BOUND_SECONDS + " s");
        throw new AssertionError("the program ended before it was ready: " + head);
    }

    private static String readAll(BufferedReader out) throws IOException {
        StringBuilder b = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = out.read(buffer)) >= 0) b.append(buffer, 0, n);
        return b.toString();
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static List<String> functionNames(Path recording) throws Exception {
        assertTrue(Files.isRegularFile(recording) && Files.size(recording) > 0, "recording written: " + recording);
        return JfrEvents.read(recording).stream()
                .filter(event -> event.getEventType().getName().equals("herthon.FunctionEntry"))
                .map(event -> event.getString("function"))
                .distinct()
                .toList();
    }
}
