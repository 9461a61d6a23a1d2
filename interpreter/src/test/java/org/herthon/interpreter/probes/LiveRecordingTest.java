package org.herthon.interpreter.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herthon.bridge.support.ProjectPaths;
import org.herthon.jmc.cli.HerthonJfr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, checks 4 and 5: recordings of a running {@code ./herthon}, started and stopped from
 * outside with the real jcmd, and herthon-jfr's live top over the Attach API.
 */
class LiveRecordingTest {
    private static final Path PROBES = Path.of("src/test/resources/probes").toAbsolutePath();
    private static final Pattern UNMATCHED = Pattern.compile(
            "returns whose entry is not in the recording \\(frames running when it started\\): (\\d+)");

    @TempDir
    Path temp;

    /** A running ./herthon SCRIPT STOPFILE, once it has printed its first line. */
    private record Running(Process process, String firstLine, Path stop, Path stdout) {
        String pid() {
            return Long.toString(process.pid());
        }

        /** Lets the script end; returns everything it printed. */
        String finish() throws Exception {
            Files.writeString(stop, "");
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the script ended");
            assertEquals(0, process.exitValue());
            return Files.readString(stdout, StandardCharsets.UTF_8);
        }
    }

    private Running start(String script, String name) throws Exception {
        Path stop = temp.resolve(name + ".stop");
        Path stdout = temp.resolve(name + ".out");
        Process process = HerthonCommand.command(HerthonCommand.testJdk(), PROBES, "", script, stop.toString())
                .redirectOutput(stdout.toFile())
                .redirectError(temp.resolve(name + ".err").toFile())
                .start();
        // Wait on the condition (the script's first line), not a sleep.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (Files.readString(stdout).indexOf('\n') < 0) {
            assertTrue(process.isAlive() && System.nanoTime() < deadline, "the script started: " + Files.readString(stdout));
            Thread.sleep(20);
        }
        return new Running(process, Files.readString(stdout).lines().findFirst().orElseThrow(), stop, stdout);
    }

    /**
     * Check 4: jcmd JFR.start with herthon-trace.jfc, JFR.dump, JFR.stop, 20 times, two
     * recordings overlapping once; every file passes jfr summary and herthon-jfr summary, returns
     * of frames that were running at the start are reported, and the output is an unrecorded run's.
     */
    @Test
    void twentyLiveRecordingsLeaveTheProgramAloneAndAreReadable() throws Exception {
        String unrecorded;
        {
            Running plain = start("live_work.py", "plain");
            unrecorded = plain.finish();
        }
        Running running = start("live_work.py", "recorded");
        String settings = "settings=" + ProjectPaths.jfc("herthon-trace.jfc");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Path dumped = temp.resolve("live-" + i + ".jfr");
            Path stopped = temp.resolve("live-" + i + "-stop.jfr");
            HerthonCommand.jcmd(running.pid(), "JFR.start", "name=live" + i, settings);
            if (i == 10) {
                // A second recording overlapping this one.
                Path overlap = temp.resolve("overlap.jfr");
                HerthonCommand.jcmd(running.pid(), "JFR.start", "name=overlap", settings);
                HerthonCommand.jcmd(running.pid(), "JFR.dump", "name=live" + i, "filename=" + dumped);
                HerthonCommand.jcmd(running.pid(), "JFR.stop", "name=live" + i, "filename=" + stopped);
                HerthonCommand.jcmd(running.pid(), "JFR.stop", "name=overlap", "filename=" + overlap);
                files.add(overlap);
            } else {
                HerthonCommand.jcmd(running.pid(), "JFR.dump", "name=live" + i, "filename=" + dumped);
                HerthonCommand.jcmd(running.pid(), "JFR.stop", "name=live" + i, "filename=" + stopped);
            }
            files.add(dumped);
            files.add(stopped);
        }
        String recorded = running.finish();
        assertEquals(unrecorded, recorded, "the program's output is an unrecorded run's");
        assertTrue(recorded.startsWith("working\nresult "), recorded);

        long unmatched = 0;
        for (Path file : files) {
            Process jfr = new ProcessBuilder(ProjectPaths.jdkTool("jfr").toString(), "summary", file.toString())
                    .redirectErrorStream(true).start();
            String printed = new String(jfr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(jfr.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, jfr.exitValue(), file + ": " + printed);
            assertTrue(printed.contains("herthon.FunctionEntry"), file + ": " + printed);

            String summary = herthonJfr("summary", file.toString());
            Matcher m = UNMATCHED.matcher(summary);
            assertTrue(m.find(), summary);
            unmatched += Long.parseLong(m.group(1));
            // The same returns are marked in the call listing, never dropped.
            String calls = herthonJfr("calls", file.toString());
            assertEquals(Long.parseLong(m.group(1)), calls.lines().filter(l -> l.endsWith("  [entry not recorded]")).count(),
                    file.toString());
        }
        // Recordings start inside work() and fib() calls whose returns they then hold: most files
        // have some (how many depends on where each start falls, so only their presence is checked;
        // that each is reported and marked, never dropped, is checked file by file above).
        assertTrue(unmatched > 0, "unmatched returns reported: " + unmatched);
    }

    /** Check 5: herthon-jfr top --pid against a running script: the first row is its most called function. */
    @Test
    void liveTopShowsTheMostCalledFunctionFirst() throws Exception {
        Running running = start("hot_calls.py", "hot");
        HerthonCommand.Result top;
        try {
            top = HerthonCommand.herthonJfr("top", "--pid", running.pid(), "--count", "6");
        } finally {
            running.finish();
        }
        assertEquals(0, top.exitCode(), top.stderr());
        // Each table: its rows, most called first. The table of the second in which the stream
        // started can hold the tail of that second only (a few calls): the check is on the tables
        // that saw the program run, and at least one must have.
        List<List<String>> tables = new ArrayList<>();
        for (String line : top.stdout().lines().toList()) {
            if (line.endsWith("top 20, calls in the last second")) {
                tables.add(new ArrayList<>());
            } else if (!tables.isEmpty() && line.matches("\\s*\\d+  .*")) {
                tables.get(tables.size() - 1).add(line.trim());
            }
        }
        long checked = 0;
        for (List<String> rows : tables) {
            long calls = rows.stream().mapToLong(row -> Long.parseLong(row.split(" +")[0])).sum();
            if (calls >= 100) {
                assertTrue(rows.get(0).matches("\\d+  .*hot_calls\\.py:hot:\\d+"), "first row " + rows.get(0) + " in\n" + top.stdout());
                checked++;
            }
        }
        assertTrue(checked > 0, "a table of a second the program ran in:\n" + top.stdout());
    }

    /** herthon-jfr in this JVM (the same code the launcher runs): the output, or a failure. */
    private static String herthonJfr(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = HerthonJfr.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
