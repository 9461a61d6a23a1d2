package org.herthon.bridge.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An external tool an end-to-end test needs. Missing: under {@code CI=true} the test fails (CI
 * must install it); elsewhere it is skipped with the reason.
 */
public final class RequiredTool {
    private RequiredTool() {
    }

    /** The tool's path on PATH; fails or skips the test if it is not there. */
    public static Path onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        missing(command + " is not on PATH");
        return null;
    }

    /** bpftrace, and the root privileges it needs to attach uprobes. */
    public static Path bpftrace() {
        Path bpftrace = onPath("bpftrace");
        if (!"root".equals(System.getProperty("user.name"))) {
            missing("bpftrace needs root to attach uprobes");
        }
        return bpftrace;
    }

    /** A file a package installs (Debian's name for it in the message); fails or skips the test if it is not there. */
    public static Path installedFile(Path file, String debianPackage) {
        if (!Files.exists(file)) {
            missing(file + " is missing (Debian/Ubuntu: apt-get install " + debianPackage + ")");
        }
        return file;
    }

    /** Something the machine must provide (why says what and how to install it): fails or skips the test if absent. */
    public static <T> T present(T thing, String why) {
        if (thing == null) {
            missing(why);
        }
        return thing;
    }

    private static void missing(String why) {
        if ("true".equals(System.getenv("CI"))) {
            fail(why + " (CI=true: the test must run; ./test installs its tools)");
        }
        assumeTrue(false, why + "; skipped outside CI");
    }
}
