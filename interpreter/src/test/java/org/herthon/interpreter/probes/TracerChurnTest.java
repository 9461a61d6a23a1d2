package org.herthon.interpreter.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herthon.bridge.support.Bpftrace;
import org.herthon.bridge.support.RequiredTool;
import org.junit.jupiter.api.Test;

/**
 * bpftrace attached to and detached from one running interpreter 20 times: the program's output
 * is byte-identical to an untraced run, and in each attached window the markers saw every call
 * of the chunk that ran in it (5,000 outer + 5,000 inner + the SIGHUP handler) with entries −
 * returns equal to the change of depth (0: each window opens and closes while the program waits
 * at module level; a 21st SIGHUP, sent untraced, lets it end).
 */
class TracerChurnTest {
    private static final Path SCRIPTS = Path.of("src/test/resources/churn").toAbsolutePath();
    private static final int CYCLES = 20;
    private static final long CALLS_PER_CHUNK = 2 * 5000 + 1;
    private static final Pattern COUNTS = Pattern.compile("entries=(\\d+) returns=(\\d+)");

    /** Counts this process's entries and returns from attach (BEGIN) to detach (END). */
    private static final String COUNTER = """
            BEGIN { @entries = 0; @returns = 0; printf("READY\\n"); }
            usdt:$LIB:herthon:function__entry /pid == $PID/ { @entries = @entries + 1; }
            usdt:$LIB:herthon:function__return /pid == $PID/ { @returns = @returns + 1; }
            END { printf("entries=%d returns=%d\\n", @entries, @returns); clear(@entries); clear(@returns); }
            """;

    @Test
    void twentyAttachCyclesChangeNothingAndLoseNothing() throws Exception {
        RequiredTool.bpftrace();
        String untraced = run(false);
        String traced = run(true);
        assertEquals(untraced, traced, "the program's output with a tracer attached 20 times");
    }

    /** Runs churn.py, driving its 20 chunks with SIGHUP; with {@code trace}, each chunk under a fresh bpftrace. */
    private String run(boolean trace) throws Exception {
        Process herthon = HerthonCommand.command(HerthonCommand.testJdk(), SCRIPTS, "", "churn.py")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        StringBuilder output = new StringBuilder();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(herthon.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine());
            for (int chunk = 0; chunk < CYCLES; chunk++) {
                Bpftrace bpftrace = trace ? Bpftrace.start(COUNTER.replace("$PID", Long.toString(herthon.pid()))) : null;
                try {
                    hangUp(herthon);
                    String line = out.readLine();
                    assertTrue(line != null && line.startsWith("chunk " + chunk + " "), "chunk " + chunk + ": " + line);
                    output.append(line).append('\n');
                    if (bpftrace != null) {
                        Matcher counts = COUNTS.matcher(bpftrace.stop());
                        assertTrue(counts.find(), "bpftrace printed its counts");
                        long entries = Long.parseLong(counts.group(1));
                        long returns = Long.parseLong(counts.group(2));
                        assertEquals(CALLS_PER_CHUNK, entries, "entries in window " + chunk);
                        assertEquals(0, entries - returns, "entries - returns = change of depth in window " + chunk);
                    }
                } finally {
                    if (bpftrace != null) bpftrace.close();
                }
            }
            hangUp(herthon);
            String rest = out.readLine();
            output.append(rest).append('\n');
            assertTrue(herthon.waitFor(60, TimeUnit.SECONDS), "churn.py ended");
            assertEquals(0, herthon.exitValue());
        } finally {
            herthon.destroyForcibly();
        }
        return output.toString();
    }

    /** SIGHUP: churn.py runs its next chunk (or, after the last, ends). */
    private static void hangUp(Process herthon) throws Exception {
        Process hup = new ProcessBuilder("kill", "-HUP", Long.toString(herthon.pid())).inheritIO().start();
        assertTrue(hup.waitFor(60, TimeUnit.SECONDS) && hup.exitValue() == 0, "kill -HUP");
    }
}
