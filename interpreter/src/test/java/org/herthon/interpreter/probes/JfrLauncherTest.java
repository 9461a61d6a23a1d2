package org.herthon.interpreter.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
            // tick ran before "spinning" (spin_forever.py): no sleep needed for the recording to
            // hold one. The bound only catches a hang, so it is generous: on a machine whose cores
            // are busy with other work, writing a trace recording at exit is slow.
            new ProcessBuilder("kill", "-" + signal, Long.toString(herthon.pid())).start().waitFor();
            assertTrue(herthon.waitFor(10, TimeUnit.MINUTES), "herthon ended on SIG" + signal);
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

    private String jcmd(String... args) throws Exception {
        return HerthonCommand.jcmd(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing/run.jfr", ".", "a,b.jfr"})
    void refusesARecordingFileItCannotWriteWithOneLine(String file) throws Exception {
        HerthonCommand.Result run = HerthonCommand.run(temp, "", "--jfr=" + file, "-c", "print('ran')");
        assertEquals(2, run.exitCode());
        assertEquals("", run.stdout(), "the program must not run");
        assertTrue(run.stderr().startsWith("herthon: --jfr=" + file + ": ") && run.stderr().lines().count() == 1, run.stderr());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/proc/version", "/proc/run.jfr", "/sys/run.jfr"})
    void refusesTheKernelsFileSystemsWithOneLine(String file) throws Exception {
        HerthonCommand.Result run = HerthonCommand.run(temp, "", "--jfr=" + file, "-c", "print('ran')");
        assertEquals(2, run.exitCode());
        assertEquals("", run.stdout(), "the program must not run");
        assertEquals("herthon: --jfr=" + file + ": cannot write the recording there\n", run.stderr());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--jfr", "--jfr-settings"})
    void refusesAValueAfterASpaceRatherThanTakingTheProgramForIt(String option) throws Exception {
        Files.writeString(temp.resolve("prog.py"), "print('ran')\n");
        HerthonCommand.Result run = HerthonCommand.run(temp, "", option, "prog.py");
        assertEquals(2, run.exitCode());
        assertEquals("", run.stdout(), "the program must not run");
        assertEquals("herthon: " + option + " takes its value after '=': " + option + "=VALUE\n", run.stderr());
        assertEquals("print('ran')\n", Files.readString(temp.resolve("prog.py")), "the script is untouched");
    }

    @Test
    void refusesSettingsThatAreNeitherANameNorAFile() throws Exception {
        HerthonCommand.Result run = HerthonCommand.run(temp, "", "--jfr=" + temp.resolve("x.jfr"), "--jfr-settings=nosuch",
                "-c", "print('ran')");
        assertEquals(2, run.exitCode());
        assertEquals("herthon: --jfr-settings=nosuch: not default, trace, lines or a readable .jfc file\n", run.stderr());
    }

    @Test
    void aMissingScriptLeavesNoRecording() throws Exception {
        Path recording = temp.resolve("none.jfr");
        HerthonCommand.Result run = HerthonCommand.run(temp, "", "--jfr=" + recording, "missing.py");
        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().startsWith("herthon: can't open file "), run.stderr());
        assertFalse(Files.exists(recording), "no recording of a run that never started");
    }

    /**
     * The default --jfr recording (herthon.jfc) keeps stdout the program's and stderr quiet: JFR's
     * announcement is gone; only slow calls are FunctionCall events, no entries or returns.
     */
    @Test
    void theDefaultRecordingLeavesTheProgramsOutputAlone() throws Exception {
        Path recording = temp.resolve("default.jfr");
        HerthonCommand.Result run = HerthonCommand.run(PROBES, "", "--jfr=" + recording, "exits_with_3.py");
        assertEquals(3, run.exitCode());
        assertEquals("", run.stderr());
        Map<String, Long> counts = JfrEvents.countByType(JfrEvents.read(recording), "herthon.");
        assertFalse(counts.containsKey("herthon.FunctionEntry"), counts.toString());
        assertFalse(counts.containsKey("herthon.FunctionReturn"), counts.toString());
        HerthonCommand.Result summary = HerthonCommand.herthonJfr("summary", recording.toString());
        assertTrue(summary.stdout().contains("Settings:  default (herthon.jfc"), summary.stdout());
    }

    /**
     * The default recording's slow calls come from the stack watcher, not from probes: the slow
     * functions are there with their nesting by frame ids (a thread's own too, on its thread),
     * the thousand fast calls are not (unless the machine stopped the thread for longer than the
     * threshold in one of them: then that call was slow). A call is timed from when the watcher
     * first saw it, which a busy machine can delay: a call lasts at least as long as its callee.
     */
    @Test
    void theDefaultRecordingKeepsTheSlowCallsWithTheirNesting() throws Exception {
        Files.writeString(temp.resolve("slow.py"), String.join("\n",
                "import threading, time",
                "def fast(i):",
                "    return i",
                "def sleeps():",
                "    time.sleep(0.06)",
                "def outer():",
                "    for i in range(1000):",
                "        fast(i)",
                "    sleeps()",
                "def worker():",
                "    time.sleep(0.1)",
                "t = threading.Thread(target=worker)",
                "t.start()",
                "outer()",
                "t.join()",
                "print('done')", ""));
        Path recording = temp.resolve("slow.jfr");
        HerthonCommand.Result run = HerthonCommand.run(temp, "", "--jfr=" + recording, "slow.py");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("done\n", run.stdout());
        List<RecordedEvent> events = JfrEvents.read(recording);
        Map<String, Long> counts = JfrEvents.countByType(events, "herthon.");
        assertFalse(counts.containsKey("herthon.FunctionEntry"), counts.toString());
        Map<String, RecordedEvent> calls = new java.util.HashMap<>();
        for (RecordedEvent event : events) {
            // threading's own frames (_bootstrap, join, ...) may be slow too; the script's are counted
            if (event.getEventType().getName().equals("herthon.FunctionCall") && event.getString("filename").endsWith("slow.py")) {
                if (event.getString("function").equals("fast")) {
                    assertTrue(event.getDuration().toMillis() >= 20, "a fast call kept only if it took longer than 20 ms: " + event);
                    continue;
                }
                assertTrue(calls.put(event.getString("function"), event) == null, "one call of each: " + event);
            }
        }
        assertEquals(java.util.Set.of("<module>", "outer", "sleeps", "worker"), calls.keySet(), calls.toString());
        RecordedEvent module = calls.get("<module>");
        RecordedEvent outer = calls.get("outer");
        RecordedEvent sleeps = calls.get("sleeps");
        assertEquals(0, module.getInt("depth"));
        assertEquals(module.getLong("frameId"), outer.getLong("parentFrameId"));
        assertEquals(outer.getLong("frameId"), sleeps.getLong("parentFrameId"));
        assertEquals(2, sleeps.getInt("depth"));
        assertTrue(outer.getDuration().compareTo(sleeps.getDuration()) >= 0, outer + " " + sleeps);
        assertTrue(module.getDuration().compareTo(outer.getDuration()) >= 0, module + " " + outer);
        RecordedEvent worker = calls.get("worker");
        assertFalse(worker.getThread().getJavaThreadId() == outer.getThread().getJavaThreadId(), "the worker's call is on its thread");
    }

    /**
     * A recording with the JDK's own settings (what a plain {@code jcmd PID JFR.start} uses), which
     * do not mention Herthon's events, gets their defaults: no per-call or per-line twin, calls
     * only from 20 ms. (It used to record three events a call and one a line.)
     */
    @Test
    void theJdksOwnSettingsRecordOnlySlowCalls() throws Exception {
        Files.writeString(temp.resolve("calls.py"), String.join("\n",
                "import time",
                "def f(i):",
                "    return i + 1",
                "def slow():",
                "    time.sleep(0.05)",
                "for i in range(20000):",
                "    f(i)",
                "slow()",
                "print('done')", ""));
        Path recording = temp.resolve("jdk-default.jfr");
        HerthonCommand.Result run = HerthonCommand.run(temp,
                "-XX:StartFlightRecording:filename=" + recording + " -Xlog:jfr+startup=off", "calls.py");
        assertEquals(0, run.exitCode(), run.stderr());
        List<RecordedEvent> events = JfrEvents.read(recording);
        Map<String, Long> counts = JfrEvents.countByType(events, "herthon.");
        for (String perCall : List.of("herthon.FunctionEntry", "herthon.FunctionReturn", "herthon.Line")) {
            assertFalse(counts.containsKey(perCall), perCall + ": " + counts);
        }
        List<String> calls = events.stream().filter(e -> e.getEventType().getName().equals("herthon.FunctionCall"))
                .map(e -> e.getString("function")).sorted().toList();
        assertEquals(List.of("<module>", "slow"), calls);
    }

    /**
     * A cap that drops the start of the run is said on stderr at exit (JFR itself says nothing).
     * stderr is read to its end: the report comes from the launcher's watcher once the JVM ended.
     */
    @Test
    void saysWhatASizeCapDropped() throws Exception {
        Files.writeString(temp.resolve("busy.py"), "def f(n):\n    return n\nfor i in range(400000):\n    f(i)\nprint('done')\n");
        // Once in a full CI run the report did not come (stderr empty; alone the test always
        // passed; not reproduced since). The likely cause: the report needs JFR to have rotated a
        // chunk before the run ended, since only then is there an older chunk for the cap to
        // drop. JFR rotates when a chunk reaches maxchunksize
        // (12 MB by default), from a thread of its own; the run writes about 38 MB, so a run that
        // ends before that thread got to rotate leaves one chunk, which the cap keeps whole, and
        // nothing was lost. 1 MB chunks (JFR's smallest) give it dozens of rotations to make.
        // Up to three runs, at least one must say what was lost; a silent one says what it kept.
        List<String> stderrs = new java.util.ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            Path recording = temp.resolve("capped" + attempt + ".jfr");
            Process herthon = HerthonCommand.command(HerthonCommand.testJdk(), temp,
                    "-XX:FlightRecorderOptions:maxchunksize=1M", "--jfr=" + recording,
                    "--jfr-settings=trace", "--jfr-maxsize=1m", "busy.py").start();
            herthon.getOutputStream().close();
            String stdout = new String(herthon.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String stderr = new String(herthon.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(herthon.waitFor(120, TimeUnit.SECONDS), "herthon ended");
            assertEquals(0, herthon.exitValue(), stderr);
            assertEquals("done\n", stdout);
            if (stderr.matches("herthon: --jfr=" + java.util.regex.Pattern.quote(recording.toString())
                    + ": the recording lost the first \\d+\\.\\d s of the run: its size or age cap \\(--jfr-maxsize, --jfr-maxage\\) dropped them\n")) {
                return;
            }
            assertTrue(stderr.isEmpty(), "nothing but the loss report on stderr: " + stderr);
            stderrs.add("silent; kept " + chunks(recording));
        }
        throw new AssertionError("no run reported what the 1 MB cap dropped: " + stderrs);
    }

    /** The chunks of a recording file: how many, their sizes and start times (chunk header fields). */
    private static String chunks(Path recording) {
        try {
            if (!Files.exists(recording)) {
                return "no file";
            }
            java.nio.ByteBuffer file = java.nio.ByteBuffer.wrap(Files.readAllBytes(recording));
            List<String> chunks = new ArrayList<>();
            for (int at = 0; at + 40 <= file.limit(); ) {
                long size = file.getLong(at + 8);
                chunks.add(size + " bytes from " + java.time.Instant.ofEpochSecond(0, file.getLong(at + 32)));
                if (size <= 0) {
                    break;
                }
                at += (int) size;
            }
            return file.limit() + " bytes in " + chunks.size() + " chunks: " + chunks;
        } catch (Exception unreadable) {
            return unreadable.toString();
        }
    }

    private static List<String> functionNames(Path recording) throws Exception {
        return JfrEvents.read(recording).stream()
                .filter(event -> event.getEventType().getName().equals("herthon.FunctionEntry"))
                .map((RecordedEvent event) -> event.getString("function"))
                .distinct()
                .toList();
    }
}
