package org.herthon.bridge.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import org.herthon.bridge.ProbeSite;
import org.herthon.bridge.Probes;
import org.herthon.bridge.driver.KnownFirings;
import org.herthon.bridge.support.DriverProcess;
import org.herthon.bridge.support.JfrEvents;
import org.herthon.bridge.support.ProjectPaths;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Check 4: the same firings under JFR yield exactly the twin events, read back two ways. */
class JfrTwinTest {
    /** The hook's JFR listener may still be on its way when a test starts a recording in-process. */
    @BeforeEach
    void hookListensToRecordings() throws InterruptedException {
        Probes.on();
        assertTrue(JfrSink.awaitListening(Duration.ofMinutes(2)), "the JFR sink listens to recordings");
    }

    @TempDir
    Path temp;

    @Test
    void startFlightRecordingWithHerthonTraceJfc() throws Exception {
        Path recording = temp.resolve("driver.jfr");
        try (DriverProcess driver = new DriverProcess(List.of("-XX:StartFlightRecording:settings="
                + ProjectPaths.jfc("herthon-trace.jfc") + ",filename=" + recording))) {
            driver.send("fire-known");
            driver.exit();
        }
        List<RecordedEvent> events = JfrEvents.read(recording);
        // herthon-trace.jfc leaves line events off.
        assertEquals(KnownFirings.expected(false, UnaryOperator.identity()), JfrEvents.twinLines(events));
        assertDurationEvents(events);
        assertEquals(KnownFirings.expected(false, JfrTwinTest::asJfrPrintString), jfrPrint(recording));
    }

    @Test
    void recordingStartedInProcessWithLines() throws Exception {
        Path file = temp.resolve("in-process.jfr");
        try (Recording recording = new Recording(Configuration.create(ProjectPaths.jfc("herthon-lines.jfc")))) {
            recording.start();
            KnownFirings.fire();
            recording.stop();
            recording.dump(file);
        }
        List<RecordedEvent> events = JfrEvents.read(file);
        assertEquals(KnownFirings.expected(true, UnaryOperator.identity()), JfrEvents.twinLines(events));
        assertDurationEvents(events);
    }

    /** A low threshold (under SLOW_CALLS_FROM) keeps the exact path: the probes fire, and only the calls that took longer are kept. */
    @Test
    void aLowFunctionCallThresholdKeepsOnlyTheSlowerCalls() throws Exception {
        Path file = temp.resolve("threshold.jfr");
        ProbeSite slow = new ProbeSite("slow.py", "slow", "slow", 1);
        ProbeSite fast = new ProbeSite("slow.py", "fast", "slow", 5);
        try (Recording recording = new Recording()) {
            recording.enable("herthon.FunctionCall").withThreshold(Duration.ofMillis(5)).withoutStackTrace();
            recording.start();
            assertTrue(Probes.functionEntryEnabled() && Probes.functionReturnEnabled(), "the hook sees the recording");
            long outer = Probes.newFrameId();
            long inner = Probes.newFrameId();
            Probes.functionEntry(slow, 1, outer);
            Probes.functionEntry(fast, 5, inner);
            Probes.functionReturn(fast, 6, inner);
            Thread.sleep(40);
            Probes.functionReturn(slow, 3, outer);
            recording.stop();
            recording.dump(file);
        }
        // the fast call is kept only if the machine stopped the thread in it for longer than 5 ms
        List<RecordedEvent> calls = functionCalls(file).stream()
                .filter(e -> !(e.getString("function").equals("fast") && e.getDuration().toMillis() >= 5)).toList();
        assertEquals(1, calls.size(), calls.toString());
        assertEquals("slow", calls.get(0).getString("function"));
        assertTrue(calls.get(0).getDuration().toMillis() >= 40, calls.get(0).toString());
    }

    /**
     * The JDK's own settings (a plain {@code jcmd <pid> JFR.start}) name no Herthon event, so JFR
     * applies the events' defaults: herthon.FunctionCall from 20 ms, the per-call twins off. No
     * probe may fire per call then (it did: the missing setting was read as "no threshold", and
     * a generator-heavy program ran twice as slow); a recording that enables the call event
     * without a threshold gets the same default.
     */
    @Test
    void theJdksDefaultSettingsFireNoProbePerCall() throws Exception {
        try (Recording recording = new Recording(Configuration.getConfiguration("default"))) {
            recording.start();
            assertFalse(Probes.functionEntryEnabled() || Probes.functionReturnEnabled(), "default.jfc: no call fires a probe");
            recording.stop();
        }
        try (Recording recording = new Recording()) {
            recording.enable("herthon.FunctionCall");
            recording.start();
            assertFalse(Probes.functionEntryEnabled() || Probes.functionReturnEnabled(), "enabled with its default threshold: no call fires a probe");
            recording.stop();
        }
    }

    /**
     * A recording that keeps only slow calls (herthon.jfc's 20 ms) fires no probe: the watcher
     * times the frames it sees on the stacks, the frame's thread commits at its end, and JFR's
     * threshold keeps the slow ones, with their nesting. A frame running before the recording
     * started is left out, as the exact path leaves it out.
     *
     * <p>A call is timed from when the watcher first saw it, which a busy machine can delay by
     * any amount: the test waits until the watcher has seen each slow frame and expects at least
     * the time from there to the frame's end. A fast call is kept only if the machine stopped its
     * thread for longer than the threshold; then it was slow indeed.
     */
    @Test
    void slowCallsAreTimedFromTheStacksWithNoProbeFiring() throws Exception {
        Path file = temp.resolve("slow-calls.jfr");
        FakeStack stack = new FakeStack();
        Probes.addStackSource(stack);
        FakeStack.Frame before = stack.enter(new ProbeSite("slow.py", "before", "slow", 1));
        FakeStack.Frame outer;
        FakeStack.Frame inner;
        long outerSeen, innerSeen, innerEnd, outerEnd;
        try (Recording recording = new Recording()) {
            recording.enable("herthon.FunctionCall").withThreshold(Duration.ofMillis(20)).withoutStackTrace();
            recording.start();
            assertFalse(Probes.functionEntryEnabled() || Probes.functionReturnEnabled(), "no call fires a probe");
            outer = stack.enter(new ProbeSite("slow.py", "outer", "slow", 3));
            outerSeen = awaitTimed(outer);
            for (int i = 0; i < 1000; i++) {
                stack.exit(stack.enter(new ProbeSite("slow.py", "fast", "slow", 9)));
            }
            Thread.sleep(60);
            inner = stack.enter(new ProbeSite("slow.py", "inner", "slow", 6));
            innerSeen = awaitTimed(inner);
            Thread.sleep(40);
            innerEnd = System.nanoTime();
            stack.exit(inner);
            outerEnd = System.nanoTime();
            stack.exit(outer);
            Thread.sleep(30);
            stack.exit(before);
            recording.stop();
            recording.dump(file);
        }
        java.lang.ref.Reference.reachabilityFence(stack);
        List<RecordedEvent> calls = functionCalls(file);
        List<RecordedEvent> slow = calls.stream().filter(e -> !e.getString("function").equals("fast")).toList();
        assertEquals(List.of("inner", "outer"), slow.stream().map(e -> e.getString("function")).sorted().toList(), calls.toString());
        for (RecordedEvent fast : calls) {
            if (fast.getString("function").equals("fast")) {
                assertTrue(fast.getDuration().toMillis() >= 20, "a fast call is kept only when it took longer than the threshold: " + fast);
            }
        }
        RecordedEvent innerCall = slow.stream().filter(e -> e.getString("function").equals("inner")).findFirst().orElseThrow();
        RecordedEvent outerCall = slow.stream().filter(e -> e.getString("function").equals("outer")).findFirst().orElseThrow();
        assertEquals(outer.frameId(), outerCall.getLong("frameId"));
        assertEquals(0, outerCall.getLong("parentFrameId"), "its caller ran before the recording");
        assertEquals(0, outerCall.getInt("depth"));
        assertEquals(inner.frameId(), innerCall.getLong("frameId"));
        assertEquals(outer.frameId(), innerCall.getLong("parentFrameId"));
        assertEquals(1, innerCall.getInt("depth"));
        assertEquals(6, innerCall.getInt("lineno"));
        // JFR's clock and System.nanoTime may differ by a little: a millisecond of slack
        assertTrue(innerCall.getDuration().toNanos() >= innerEnd - innerSeen - 1_000_000, innerCall.toString());
        assertTrue(outerCall.getDuration().toNanos() >= outerEnd - outerSeen - 1_000_000, outerCall.toString());
        assertTrue(outerCall.getDuration().compareTo(innerCall.getDuration()) > 0, "the caller lasts longer than its call");
    }

    /** Waits until the watcher has hung a timer on the frame; returns the time it was seen to. */
    private static long awaitTimed(FakeStack.Frame frame) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (frame.timer() == null) {
            assertTrue(System.nanoTime() < deadline, "the watcher never saw the frame " + frame.site());
            Thread.sleep(1);
        }
        return System.nanoTime();
    }

    private static List<RecordedEvent> functionCalls(Path file) throws java.io.IOException {
        return JfrEvents.read(file).stream()
                .filter(event -> event.getEventType().getName().equals("herthon.FunctionCall"))
                .toList();
    }

    private static void assertDurationEvents(List<RecordedEvent> events) {
        int rounds = KnownFirings.REPEAT;
        Map<String, Long> counts = JfrEvents.countByType(events, "herthon.");
        assertEquals((long) rounds * KnownFirings.SITES.length, counts.get("herthon.FunctionCall"));
        assertEquals((long) rounds * KnownFirings.GC_GENERATIONS.length, counts.get("herthon.GarbageCollection"));
        assertEquals((long) rounds * KnownFirings.MODULES.length, counts.get("herthon.Import"));
        for (RecordedEvent event : events) {
            switch (event.getEventType().getName()) {
                case "herthon.FunctionCall" -> assertEquals(0, event.getInt("depth"));
                case "herthon.Import" -> assertEquals(!event.getString("module").startsWith("missing"), event.getBoolean("found"));
                default -> { }
            }
        }
    }

    /**
     * The twin events as the JDK's own {@code jfr print --events herthon.*} shows them, parsed
     * back into canonical lines: one block per event, fields in declaration order.
     */
    private List<String> jfrPrint(Path recording) throws Exception {
        Process jfr = new ProcessBuilder(ProjectPaths.jdkTool("jfr").toString(), "print", "--events", "herthon.*",
                recording.toString()).redirectErrorStream(true).start();
        String output = new String(jfr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, jfr.waitFor(), output);
        Map<String, String> markers = Map.of("herthon.FunctionEntry", "function__entry", "herthon.FunctionReturn",
                "function__return", "herthon.Line", "line", "herthon.GcStart", "gc__start", "herthon.GcDone", "gc__done",
                "herthon.ImportStart", "import__find__load__start", "herthon.ImportDone", "import__find__load__done",
                "herthon.Audit", "audit");
        List<String> lines = new ArrayList<>();
        Matcher block = Pattern.compile("(?m)^(herthon\\.\\w+) \\{\\n((?:  .*\\n)*?)\\}").matcher(output);
        while (block.find()) {
            String marker = markers.get(block.group(1));
            if (marker == null) {
                continue;
            }
            StringBuilder line = new StringBuilder(marker);
            for (String field : block.group(2).split("\n")) {
                Matcher value = Pattern.compile("^  (\\w+) = (.*)$").matcher(field);
                if (value.matches() && !value.group(1).matches("startTime|duration|eventThread|gcId|gcName|gcCause")) {
                    line.append('|').append(printedValue(value.group(2)));
                }
            }
            lines.add(line.toString());
        }
        assertTrue(!lines.isEmpty(), output);
        return lines;
    }

    private static String printedValue(String printed) {
        if (printed.startsWith("\"") && printed.endsWith("\"")) {
            return printed.substring(1, printed.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return switch (printed) {
            case "true" -> "1";
            case "false" -> "0";
            default -> printed.replace(" ", "");
        };
    }

    /** jfr prints in UTF-8, where a lone surrogate becomes '?'. */
    private static String asJfrPrintString(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
