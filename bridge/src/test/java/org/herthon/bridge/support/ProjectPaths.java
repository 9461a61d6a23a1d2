package org.herthon.bridge.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Places in the source tree the end-to-end tests use; tests run with bridge/ as working directory. */
public final class ProjectPaths {
    private ProjectPaths() {
    }

    public static Path root() {
        return Path.of("").toAbsolutePath().getParent();
    }

    public static Path library() {
        return root().resolve("native/target/libherthon.so");
    }

    public static Path providerFile() {
        return root().resolve("native/herthon.d");
    }

    public static Path jfc(String name) {
        return root().resolve("events").resolve(name);
    }

    /** The bridge's classes, its test classes and its dependencies: what a driver JVM runs on. */
    public static String testClassPath() throws IOException {
        return testClasses() + java.io.File.pathSeparator + Path.of("target/classes").toAbsolutePath()
                + java.io.File.pathSeparator + dependencyClassPath();
    }

    /** The bridge's test classes (the probe driver among them). */
    public static Path testClasses() {
        return Path.of("target/test-classes").toAbsolutePath();
    }

    /** The bridge's dependencies (events, the native jar with libherthon inside, test libraries). */
    public static String dependencyClassPath() throws IOException {
        return Files.readString(Path.of("target/test-classpath.txt").toAbsolutePath()).trim();
    }

    public static Path javaLauncher() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    public static Path jdkTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name);
    }
}
