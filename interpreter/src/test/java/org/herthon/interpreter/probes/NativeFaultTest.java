package org.herthon.interpreter.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.herthon.bridge.support.JfrEvents;
import org.herthon.bridge.support.ProjectPaths;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A broken probe library (missing, truncated, built for another machine, not a library at all):
 * one warning line and the program runs with JFR events only; with {@code -Dherthon.usdt=required}
 * one line naming the reason and exit code 2 before the program starts. Never a JVM crash
 * (a truncated library used to kill the JVM with SIGBUS in the dynamic loader) or a Java trace.
 */
class NativeFaultTest {
    private static final String PROGRAM = "def work():\n    return 42\nprint('ran', work())\n";

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"missing", "truncated", "other-machine", "not-a-library"})
    void warnsOnceAndRunsWithJfrOnly(String fault) throws Exception {
        Path library = brokenLibrary(fault);
        Path recording = temp.resolve("run.jfr");
        HerthonCommand.Result run = HerthonCommand.run(temp, "-Dherthon.library=" + library, "--jfr=" + recording, "--jfr-settings=trace", "-c", PROGRAM);
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("ran 42\n", run.stdout());
        assertEquals(1, run.stderr().lines().count(), run.stderr());
        assertTrue(run.stderr().startsWith("herthon: USDT markers unavailable (") && run.stderr().contains(library + ": " + reason(fault))
                && run.stderr().endsWith("); JFR events still work\n"), run.stderr());
        assertTrue(JfrEvents.read(recording).stream()
                .anyMatch(e -> e.getEventType().getName().equals("herthon.FunctionEntry") && "work".equals(e.getString("function"))),
                "JFR still records the program");
        assertNoCrashFiles();
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing", "truncated", "other-machine", "not-a-library"})
    void requiredIsOneLineAndExitCodeTwo(String fault) throws Exception {
        Path library = brokenLibrary(fault);
        Path recording = temp.resolve("never.jfr");
        HerthonCommand.Result run = HerthonCommand.run(temp, "-Dherthon.library=" + library + " -Dherthon.usdt=required",
                "--jfr=" + recording, "--jfr-settings=trace", "-c", PROGRAM);
        assertEquals(2, run.exitCode(), run.stderr());
        assertEquals("", run.stdout(), "the program must not start");
        assertTrue(run.stderr().startsWith("herthon: USDT markers required (-Dherthon.usdt=required) but unavailable: ")
                && run.stderr().contains(library + ": " + reason(fault)), run.stderr());
        assertEquals(1, run.stderr().lines().count(), run.stderr());
        assertFalse(run.stderr().contains("Exception") || run.stderr().contains("Error"), run.stderr());
        assertFalse(Files.exists(recording), "no recording of a run that never started");
        assertNoCrashFiles();
    }

    private Path brokenLibrary(String fault) throws Exception {
        Path library = temp.resolve("lib-" + fault + ".so");
        byte[] good = Files.readAllBytes(ProjectPaths.library());
        switch (fault) {
            case "missing":
                return temp.resolve("absent/libherthon.so");
            case "truncated":
                Files.write(library, Arrays.copyOf(good, 4096));
                return library;
            case "other-machine":
                // the same library with e_machine set to aarch64 (183): what a copy from an ARM build looks like
                ByteBuffer elf = ByteBuffer.wrap(good.clone()).order(ByteOrder.LITTLE_ENDIAN);
                elf.putShort(18, (short) 183);
                Files.write(library, elf.array());
                return library;
            case "not-a-library":
                Files.writeString(library, "#!/bin/sh\necho not a library\n");
                return library;
            default:
                throw new IllegalArgumentException(fault);
        }
    }

    private static String reason(String fault) {
        switch (fault) {
            case "missing": return "no such file";
            case "truncated": return "truncated (4096 bytes, its headers and segments need ";
            case "other-machine": return "built for aarch64, this JVM runs on ";
            case "not-a-library": return "not an ELF shared library";
            default: throw new IllegalArgumentException(fault);
        }
    }

    private void assertNoCrashFiles() throws Exception {
        try (Stream<Path> files = Files.list(temp)) {
            List<Path> crashes = files.filter(p -> p.getFileName().toString().startsWith("hs_err")).toList();
            assertEquals(List.of(), crashes, "the JVM crashed");
        }
    }
}
