package org.herthon.interpreter.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import org.herthon.bridge.support.JfrEvents;
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
        HerthonCommand.Result run = HerthonCommand.run(PROBES, "", "--jfr=" + recording, "exits_with_3.py");
        assertEquals(3, run.exitCode(), run.stderr());
        assertTrue(functionNames(recording).contains("leave"));
    }

    @Test
    void writesTheRecordingAfterAnUncaughtException() throws Exception {
        Path recording = temp.resolve("raise.jfr");
        HerthonCommand.Result run = HerthonCommand.run(PROBES, "", "--jfr=" + recording, "raises.py");
        assertEquals(1, run.exitCode());
        assertTrue(run.stderr().endsWith("ValueError: on purpose\n"), run.stderr());
        assertTrue(functionNames(recording).contains("fail"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void writesTheRecordingWhenASignalEndsTheRun(String signal) throws Exception {
        Path recording = temp.resolve(signal + ".jfr");
        Process herthon = new ProcessBuilder(HerthonCommand.launcher().toString(), "--jfr=" + recording, "spin_forever.py")
                .directory(PROBES.toFile())
                .redirectError(temp.resolve(signal + ".err").toFile())
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(herthon.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("spinning", out.readLine());
            Thread.sleep(500);
            new ProcessBuilder("kill", "-" + signal, Long.toString(herthon.pid())).start().waitFor();
            assertTrue(herthon.waitFor(60, TimeUnit.SECONDS), "herthon ended on SIG" + signal);
        } finally {
            herthon.destroyForcibly();
        }
        assertTrue(Files.size(recording) > 0, "recording written");
        assertTrue(functionNames(recording).contains("tick"));
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
