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
import org.herthon.bridge.support.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDK's own {@code jstack} on a running {@code ./herthon} shows the Herthon functions (docs/jvm-frames.md). */
class JstackNamedFramesTest {
    private static final Path PROBES = Path.of("src/test/resources/probes").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void theMainThreadShowsTheHerthonCallsInTheirNesting() throws Exception {
        List<String> herthonFrames = herthonFramesOfMainThread();
        assertEquals(List.of(
                "at __main__.h(nested_spin.py:5)",
                "at __main__.g(nested_spin.py:13)",
                "at __main__.f(nested_spin.py:17)",
                "at __main__.{module}(nested_spin.py:1)"), herthonFrames);
    }

    @Test
    void noJvmFramesLeavesThemOut() throws Exception {
        assertEquals(List.of(), herthonFramesOfMainThread("--no-jvm-frames"));
    }

    /** The frames of nested_spin.py's module on the interpreter thread's stack, innermost first, as jstack prints them. */
    private List<String> herthonFramesOfMainThread(String... launcherOptions) throws Exception {
        List<String> args = new ArrayList<>(List.of(launcherOptions));
        args.add("nested_spin.py");
        Process herthon = HerthonCommand.command(HerthonCommand.testJdk(), PROBES, "", args.toArray(String[]::new))
                .redirectError(Files.createTempFile(temp, "spin", ".err").toFile())
                .start();
        String dump;
        try {
            // Only the first line is read: h prints it, then spins without printing.
            BufferedReader out = new BufferedReader(new InputStreamReader(herthon.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("spinning", out.readLine());
            dump = jstack(herthon.pid());
        } finally {
            herthon.destroyForcibly();
            herthon.waitFor(60, TimeUnit.SECONDS);
        }
        List<String> thread = mainThread(dump);
        assertTrue(thread.stream().anyMatch(line -> line.startsWith("at org.herthon.interpreter.")), String.join("\n", thread));
        return thread.stream().filter(line -> line.startsWith("at __main__.")).toList();
    }

    /** The stack of the thread the interpreter runs scripts on ("herthon-main"), one trimmed line a frame. */
    private static List<String> mainThread(String dump) {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String line : dump.split("\n")) {
            if (line.startsWith("\"herthon-main\"")) in = true;
            else if (in && line.isBlank()) break;
            else if (in) lines.add(line.trim());
        }
        assertTrue(!lines.isEmpty(), "jstack shows the herthon-main thread:\n" + dump);
        return lines;
    }

    private static String jstack(long pid) throws Exception {
        Process jstack = new ProcessBuilder(ProjectPaths.jdkTool("jstack").toString(), Long.toString(pid))
                .redirectErrorStream(true).start();
        String printed = new String(jstack.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(jstack.waitFor(120, TimeUnit.SECONDS), "jstack ended");
        assertEquals(0, jstack.exitValue(), printed);
        return printed;
    }
}
