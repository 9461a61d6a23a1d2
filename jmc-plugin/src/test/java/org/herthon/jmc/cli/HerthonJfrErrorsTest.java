package org.herthon.jmc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What herthon-jfr does with bad input: one line on stderr, exit 1 for a file, 2 for usage. */
class HerthonJfrErrorsTest {
    @TempDir
    static Path temp;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = HerthonJfr.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A real recording, cut to {@code bytes}. */
    private static Path truncatedRecording(String name, int bytes) throws Exception {
        Path whole = temp.resolve("whole-" + name);
        try (Recording recording = new Recording()) {
            recording.enable("jdk.CPUInformation");
            recording.start();
            recording.stop();
            recording.dump(whole);
        }
        Path cut = temp.resolve(name);
        byte[] data = Files.readAllBytes(whole);
        assertTrue(data.length > bytes, "recording of " + data.length + " bytes");
        Files.write(cut, java.util.Arrays.copyOf(data, bytes));
        return cut;
    }

    @ParameterizedTest
    @ValueSource(strings = {"calls", "summary", "top", "gc", "profile"})
    void aMissingTruncatedOrNonJfrFileIsOneLineAndExitOne(String subcommand) throws Exception {
        Path notJfr = Files.writeString(temp.resolve("notes.txt"), "hello\n");
        Path empty = Files.writeString(temp.resolve("empty.jfr"), "");
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {temp.resolve("missing.jfr").toString(), "no such file"});
        cases.add(new String[] {notJfr.toString(), "not a JFR recording"});
        cases.add(new String[] {empty.toString(), "empty file"});
        cases.add(new String[] {truncatedRecording("cut-header.jfr", 10).toString(), "truncated recording"});
        cases.add(new String[] {truncatedRecording("cut-body.jfr", 200).toString(), "truncated recording"});
        cases.add(new String[] {temp.toString(), "is a directory"});
        for (String[] c : cases) {
            Run run = run(subcommand, c[0]);
            assertEquals(1, run.exitCode(), c[0] + ": " + run.err());
            assertEquals("", run.out());
            assertTrue(run.err().startsWith("herthon-jfr: " + c[0] + ": " + c[1]), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"calls", "summary", "top", "gc", "profile"})
    void everySubcommandHasHelp(String subcommand) {
        Run run = run(subcommand, "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("usage: herthon-jfr " + subcommand), run.out());
        assertTrue(run(("--help")).out().contains("\n  " + subcommand + " "), "listed in herthon-jfr --help");
    }

    @Test
    void usageErrorsAreOneLineAndExitTwo() {
        for (String[] args : List.of(new String[] {"nosuch"}, new String[] {"calls"}, new String[] {"calls", "a.jfr", "--bogus"},
                new String[] {"calls", "a.jfr", "--from"}, new String[] {"top", "--pid", "1", "--count", "x"},
                new String[] {"summary", "a.jfr", "b.jfr"})) {
            Run run = run(args);
            assertEquals(2, run.exitCode(), String.join(" ", args) + ": " + run.err());
            assertTrue(run.err().startsWith("herthon-jfr: ") && run.err().lines().count() == 1, run.err());
        }
    }
}
