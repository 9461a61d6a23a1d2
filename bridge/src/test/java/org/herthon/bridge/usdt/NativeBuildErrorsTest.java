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
 * install, a non-zero exit, and no library left behind.
 */
class NativeBuildErrorsTest {
    /** What build.sh runs besides the compiler and dtrace. */
    private static final List<String> BASIC_TOOLS = List.of("bash", "dirname", "readlink", "mkdir", "uname", "tr", "cp", "cat");

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
        Path out = temp.resolve("out");
        ProcessBuilder builder = new ProcessBuilder(which("bash"), ProjectPaths.root().resolve("native/build.sh").toString(),
                out.toString()).redirectErrorStream(true);
        builder.environment().put("PATH", bin.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("CC");
        Process build = builder.start();
        String printed = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, build.waitFor(), printed);
        assertEquals(message + "\n", printed);
        assertFalse(Files.exists(out.resolve("libherthon.so")), "no library left behind");
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
