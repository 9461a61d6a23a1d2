package org.herthon.interpreter.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import org.herthon.bridge.support.JfrEvents;
import org.herthon.bridge.support.ProjectPaths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./herthon --jfr=FILE} writes FILE however the program ends. */
class JfrLauncherTest {
    private static final Path PROBES = Path.of("src/test/resources/probes").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void writesTheRecordingAfterSysExit() throws Exception {
        Path recording = temp.resolve("exit.jfr");
        HerthonCommand.Result run = HerthonCommand.run(PROBES, "", "--jfr=" + recording, "--jfr-settings=trace", "exits_with_3.py");
        assertEquals(3, run.exitCode(), run.stderr());
        assertTrue(functionNames(recording).contains("leave"));
    }

    @Test
    void writesTheRecordingAfterAnUncaughtException() throws Exception {
        Path recording = temp.resolve("raise.jfr");
        HerthonCommand.Result run = HerthonCommand.run(PROBES, "", "--jfr=" + recording, "--jfr-settings=trace", "raises.py");
        assertEquals(1, run.exitCode());
        assertTrue(run.stderr().endsWith("ValueError: on purpose\n"), run.stderr());
        assertTrue(functionNames(recording).contains("fail"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void writesTheRecordingWhenASignalEndsTheRun(String signal) throws Exception {
        Path recording = temp.resolve(signal + ".jfr");
        Process herthon = spinForever("--jfr=" + recording, "--jfr-settings=trace");
        try {
            Thread.sleep(500);
            new ProcessBuilder("kill", "-" + signal, Long.toString(herthon.pid())).start().waitFor();
            assertTrue(herthon.waitFor(60, TimeUnit.SECONDS), "herthon ended on SIG" + signal);
        } finally {
            herthon.destroyForcibly();
        }
        assertTrue(Files.size(recording) > 0, "recording written");
        assertTrue(functionNames(recording).contains("tick"));
    }

    /** docs/jfr.md's way for a running interpreter: find it with jcmd, then record with herthon-trace.jfc. */
    @Test
    void jcmdFindsARunningInterpreterAndRecordsIt() throws Exception {
        Path recording = temp.resolve("attached.jfr");
        Process herthon = spinForever();
        try {
            String pid = Long.toString(herthon.pid());
            assertTrue(jcmd().lines().anyMatch(line -> line.equals(pid + " org.herthon.interpreter.cli.Main spin_forever.py")),
                    "jcmd lists the interpreter");
            jcmd(pid, "JFR.start", "name=herthon", "settings=" + ProjectPaths.jfc("herthon-trace.jfc"));
            Thread.sleep(300);
            jcmd(pid, "JFR.stop", "name=herthon", "filename=" + recording);
        } finally {
            herthon.destroyForcibly();
        }
        assertTrue(functionNames(recording).contains("tick"));
    }

    /** {@code ./herthon [options] spin_forever.py} on the test JDK, once it has started spinning. */
    private Process spinForever(String... launcherOptions) throws Exception {
        List<String> args = new ArrayList<>(List.of(launcherOptions));
        args.add("spin_forever.py");
        Process herthon = HerthonCommand.command(HerthonCommand.testJdk(), PROBES, "", args.toArray(String[]::new))
                .redirectError(Files.createTempFile(temp, "spin", ".err").toFile())
                .start();
        // Only the first line is read: the program prints nothing after it.
        BufferedReader out = new BufferedReader(new InputStreamReader(herthon.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("spinning", out.readLine());
        return herthon;
    }

    /** Runs the test JDK's jcmd (the JDK the launcher runs on here) and returns what it printed. */
    private String jcmd(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(HerthonCommand.testJdk().resolve("bin/jcmd").toString());
        command.addAll(List.of(args));
        Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(jcmd.waitFor(60, TimeUnit.SECONDS), "jcmd ended");
        assertEquals(0, jcmd.exitValue(), printed);
        return printed;
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing/run.jfr", ".", "a,b.jfr"})
    void refusesARecordingFileItCannotWriteWithOneLine(String file) throws Exception {
        HerthonCommand.Result run = HerthonCommand.run(temp, "", "--jfr=" + file, "-c", "print('ran')");
        assertEquals(2, run.exitCode());
        assertEquals("", run.stdout(), "the program must not run");
        assertTrue(run.stderr().startsWith("herthon: --jfr=" + file + ": ") && run.stderr().lines().count() == 1, run.stderr());
    }

    private static List<String> functionNames(Path recording) throws Exception {
        return JfrEvents.read(recording).stream()
                .filter(event -> event.getEventType().getName().equals("herthon.FunctionEntry"))
                .map((RecordedEvent event) -> event.getString("function"))
                .distinct()
                .toList();
    }
}
