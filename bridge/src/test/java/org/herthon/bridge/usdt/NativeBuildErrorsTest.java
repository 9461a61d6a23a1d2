package org.herthon.bridge.usdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.herthon.bridge.support.ProjectPaths;
import org.herthon.bridge.support.RequiredTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * native/build.sh on a machine that lacks what it needs: one line that names the package to
 * install and no library left behind. The build goes on (exit 0) and leaves the reason in
 * libherthon.unavailable, for the bridge's warning at run time; with CI=true it fails instead.
 */
class NativeBuildErrorsTest {
    /** What build.sh runs besides the compiler and dtrace. */
    private static final List<String> BASIC_TOOLS = List.of("bash", "dirname", "readlink", "mkdir", "uname", "tr", "cp", "cat", "rm");

    @TempDir
    Path temp;

    @Test
    void noCompiler() throws Exception {
        assertFailsWith(toolsDirectory(List.of("dtrace")),
                "herthon native build: no C compiler found: install gcc (Debian/Ubuntu: apt-get install gcc; "
                        + "Fedora: dnf install gcc; macOS: xcode-select --install)");
    }

    @Test
    void noDtrace() throws Exception {
        assertFailsWith(toolsDirectory(List.of("gcc")),
                "herthon native build: no dtrace command found: install systemtap-sdt-dev (Debian/Ubuntu: apt-get "
                        + "install systemtap-sdt-dev; Fedora: dnf install systemtap-sdt-devel)");
    }

    @Test
    void noSdtHeader() throws Exception {
        // A compiler that sees no system headers stands in for a machine without systemtap-sdt-dev.
        Path bin = toolsDirectory(List.of("dtrace"));
        Path gcc = bin.resolve("gcc");
        Files.writeString(gcc, "#!/bin/bash\nexec " + which("gcc") + " -nostdinc \"$@\"\n");
        Files.setPosixFilePermissions(gcc, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertFailsWith(bin,
                "herthon native build: sys/sdt.h not found: install systemtap-sdt-dev (Debian/Ubuntu: apt-get "
                        + "install systemtap-sdt-dev; Fedora: dnf install systemtap-sdt-devel)");
    }

    private void assertFailsWith(Path bin, String message) throws Exception {
        String reason = message.substring("herthon native build: ".length()) + ", then rebuild (mvn package -DskipTests)";
        // CI=true: the build fails.
        Path out = temp.resolve("out-ci");
        Process build = build(bin, out, true);
        String printed = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, build.waitFor(), printed);
        assertEquals("herthon native build: " + reason + "\n", printed);
        assertFalse(Files.exists(out.resolve("libherthon.so")), "no library left behind");

        // Elsewhere it goes on without the library, and says so.
        out = temp.resolve("out");
        build = build(bin, out, false);
        printed = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, build.waitFor(), printed);
        assertEquals("herthon native build: libherthon not built, Herthon will run with JFR events only (no USDT markers): "
                + reason + "\n", printed);
        assertFalse(Files.exists(out.resolve("libherthon.so")), "no library left behind");
        assertEquals(reason + "\n", Files.readString(out.resolve("libherthon.unavailable")));
    }

    private static Process build(Path bin, Path out, boolean ci) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(which("bash"), ProjectPaths.root().resolve("native/build.sh").toString(),
                out.toString()).redirectErrorStream(true);
        builder.environment().put("PATH", bin.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("CC");
        builder.environment().remove("HERTHON_NATIVE_QUIET");
        if (ci) {
            builder.environment().put("CI", "true");
        } else {
            builder.environment().remove("CI");
        }
        return builder.start();
    }

    /** A directory holding links to the basic tools and to {@code extra}, and nothing else. */
    private Path toolsDirectory(List<String> extra) throws IOException {
        Path bin = Files.createTempDirectory(temp, "bin");
        for (String tool : Stream.concat(BASIC_TOOLS.stream(), extra.stream()).toList()) {
            Files.createSymbolicLink(bin.resolve(tool), Path.of(which(tool)));
        }
        return bin;
    }

    private static String which(String tool) {
        return RequiredTool.onPath(tool).toString();
    }
}
