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
        Path target = Path.of("target").toAbsolutePath();
        String dependencies = Files.readString(target.resolve("test-classpath.txt")).trim();
        return target.resolve("test-classes") + java.io.File.pathSeparator + target.resolve("classes")
                + java.io.File.pathSeparator + dependencies;
    }

    public static Path javaLauncher() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    public static Path jdkTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name);
    }
}
