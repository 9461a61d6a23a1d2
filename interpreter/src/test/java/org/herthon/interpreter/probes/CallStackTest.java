package org.herthon.interpreter.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herthon.bridge.support.Bpftrace;
import org.herthon.bridge.support.ProjectPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3, checks 1 and 6: the seed's call-stack scenario, {@code ./herthon --jfr=out.jfr
 * call_stack.py} traced with {@code native/scripts/call_stack.bt} (the port of the seed's
 * call_stack.d) and, at the same time, with a bpftrace program that prints every entry and
 * return; then read back with the JDK's {@code jfr print}.
 */
class CallStackTest {
    private static final Path EXAMPLES = ProjectPaths.root().resolve("examples");

    @TempDir
    static Path temp;

    private static HerthonCommand.Result run;
    private static String hierarchy;
    private static List<String> entriesAndReturns;
    private static Path recording;

    @BeforeAll
    static void traceAndRecordTheSeedScenario() throws Exception {
        recording = temp.resolve("call_stack.jfr");
        try (Bpftrace callStack = Bpftrace.startScript(List.of(
                        ProjectPaths.root().resolve("native/scripts/call_stack.bt").toString(), ProjectPaths.library().toString()),
                "Hit Ctrl-C to end.");
             Bpftrace everything = Bpftrace.start(ProbeTrace.BPFTRACE_PROGRAM, ProbeTrace.STRING_LENGTH)) {
            run = HerthonCommand.run(EXAMPLES, "", "--jfr=" + recording, "--jfr-settings=trace", "call_stack.py");
            hierarchy = callStack.stop();
            entriesAndReturns = ProbeTrace.byPid(everything.stop()).getOrDefault(run.pid(), List.of()).stream()
                    .filter(event -> !event.startsWith("line "))
                    .toList();
        }
        assertEquals(0, run.exitCode(), run.stderr());
    }

    /** Check 1: exactly the seed's hierarchy, with CPython's sys.setprofile values. */
    @Test
    void callStackScriptPrintsTheSeedsHierarchy() throws Exception {
        List<String> printed = new ArrayList<>();
        for (String line : hierarchy.split("\n")) {
            // "<nanoseconds>\t function-entry: call_stack.py:function_1:1": drop the timestamp.
            Matcher m = Pattern.compile("^\\d+\\t(.*)$").matcher(line);
            if (m.matches()) {
                printed.add(m.group(1));
            }
        }
        List<String> expected = Files.readAllLines(EXAMPLES.resolve("call_stack.expected"), StandardCharsets.UTF_8);
        assertEquals(String.join("\n", expected), String.join("\n", printed));
    }

    /**
     * Issue 8, check 3: {@code herthon-jfr calls out.jfr --from start}, its timestamp column
     * removed, prints exactly what call_stack.bt printed for the same run.
     */
    @Test
    void herthonJfrCallsPrintsWhatCallStackBtPrinted() throws Exception {
        HerthonCommand.Result calls = HerthonCommand.herthonJfr("calls", recording.toString(), "--from", "start");
        assertEquals(0, calls.exitCode(), calls.stderr());
        assertEquals(withoutTimestamps(hierarchy), withoutTimestamps(calls.stdout()));
        assertTrue(withoutTimestamps(calls.stdout()).size() >= 18, calls.stdout());
    }

    /** The lines "<nanoseconds>\t..." of a call_stack listing, without their first column. */
    private static List<String> withoutTimestamps(String printed) {
        List<String> lines = new ArrayList<>();
        for (String line : printed.split("\n")) {
            Matcher m = Pattern.compile("^\\d+\\t(.*)$").matcher(line);
            if (m.matches()) {
                lines.add(m.group(1));
            }
        }
        return lines;
    }

    /** Check 6: jfr print shows the same entries and returns as bpftrace, in the same order. */
    @Test
    void recordingHasTheSameEntriesAndReturnsAsBpftrace() throws Exception {
        Process jfr = new ProcessBuilder(ProjectPaths.jdkTool("jfr").toString(), "print", "--events",
                "herthon.FunctionEntry,herthon.FunctionReturn", recording.toString()).redirectErrorStream(true).start();
        String printed = new String(jfr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, jfr.waitFor(), printed);
        List<String> fromJfr = new ArrayList<>();
        Matcher block = Pattern.compile("(?m)^herthon\\.Function(Entry|Return) \\{\\n((?:  .*\\n)*?)\\}").matcher(printed);
        while (block.find()) {
            String kind = block.group(1).equals("Entry") ? "call" : "return";
            fromJfr.add(kind + " " + field(block.group(2), "filename") + ":" + field(block.group(2), "function") + ":"
                    + field(block.group(2), "lineno"));
        }
        assertTrue(entriesAndReturns.size() >= 18, "bpftrace saw the run: " + entriesAndReturns);
        assertEquals(String.join("\n", entriesAndReturns), String.join("\n", fromJfr));
    }

    private static String field(String block, String name) {
        return Arrays.stream(block.split("\n"))
                .map(String::trim)
                .filter(line -> line.startsWith(name + " = "))
                .map(line -> line.substring(name.length() + 3).replaceAll("^\"|\"$", ""))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + block));
    }
}
