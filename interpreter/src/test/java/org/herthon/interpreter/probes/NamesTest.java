package org.herthon.interpreter.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import org.herthon.bridge.support.Bpftrace;
import org.herthon.bridge.support.JfrEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Function and file names that are 64 KB long, non-ASCII, or hold a lone surrogate, through the
 * real bpftrace and a real recording. The marker receives the whole 64 KB name, NUL-terminated
 * (bpftrace reads the 6 bytes at offset 65530 and finds the end there); bpftrace itself reads at
 * most BPFTRACE_STRLEN bytes of a string (200 at most), so a tracer sees the name's first bytes:
 * that truncation is bpftrace's, not Herthon's. An unencodable name reaches the marker as NULL
 * (bpftrace prints an empty string) and the program goes on unchanged. JFR events carry every
 * name whole, the lone surrogate included.
 */
class NamesTest {
    private static final Path SCRIPTS = Path.of("src/test/resources/names").toAbsolutePath();
    private static final int NAME_LENGTH = 65536;

    private static final String SCRIPT = """
            BEGIN { printf("READY\\n"); }
            usdt:$LIB:herthon:function__entry /pid == $PID && arg2 == 1 && str(arg1, 3) == "nnn"/ {
              printf("long head=%s tail=%s\\n", str(arg1), str(arg1 + 65530));
            }
            usdt:$LIB:herthon:function__entry /pid == $PID && str(arg1) == "fünf"/ { printf("non-ascii ok\\n"); }
            usdt:$LIB:herthon:function__entry /pid == $PID && str(arg1) == "g"/ { printf("surrogate file=[%s]\\n", str(arg0)); }
            """;

    @TempDir
    Path temp;

    @Test
    void markersAndEventsCarryLongNonAsciiAndUnencodableNames() throws Exception {
        Path recording = temp.resolve("names.jfr");
        Process herthon = HerthonCommand.command(HerthonCommand.testJdk(), SCRIPTS, "", "--jfr=" + recording, "--jfr-settings=trace", "names.py")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String traced;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(herthon.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine());
            try (Bpftrace bpftrace = Bpftrace.start(SCRIPT.replace("$PID", Long.toString(herthon.pid())), 100)) {
                Process hup = new ProcessBuilder("kill", "-HUP", Long.toString(herthon.pid())).inheritIO().start();
                assertTrue(hup.waitFor(60, TimeUnit.SECONDS) && hup.exitValue() == 0, "kill -HUP");
                assertEquals("ok", out.readLine(), "the program is unchanged by the names");
                assertTrue(herthon.waitFor(60, TimeUnit.SECONDS), "names.py ended");
                traced = bpftrace.stop();
            }
            assertEquals(0, herthon.exitValue());
        } finally {
            herthon.destroyForcibly();
        }
        // BPFTRACE_STRLEN=100: the first 99 bytes; the tail read at offset 65530 ends at the name's NUL
        assertTrue(traced.contains("long head=" + "n".repeat(99) + " tail=nnnnnn\n"), traced);
        assertTrue(traced.contains("non-ascii ok\n"), traced);
        assertTrue(traced.contains("surrogate file=[]\n"), "a lone surrogate reaches the marker as NULL: " + traced);

        List<RecordedEvent> entries = JfrEvents.read(recording).stream()
                .filter(e -> e.getEventType().getName().equals("herthon.FunctionEntry")).toList();
        assertTrue(entries.stream().anyMatch(e -> e.getString("function").equals("n".repeat(NAME_LENGTH))), "64 KB name in JFR");
        assertTrue(entries.stream().anyMatch(e -> e.getString("function").equals("fünf")), "non-ASCII name in JFR");
        assertTrue(entries.stream().anyMatch(e -> e.getString("function").equals("g") && e.getString("filename").equals("\udcff.py")),
                "lone surrogate file name in JFR");
    }
}
