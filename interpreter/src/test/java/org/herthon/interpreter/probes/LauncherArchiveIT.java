package org.herthon.interpreter.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.herthon.bridge.support.ProjectPaths;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The launcher's class-data archive, on the packaged jars, on every JDK from 17 on that this
 * machine has: the first run makes it in the background (a dynamic AppCDS archive, an AOT cache
 * from JDK 25 on), later runs map Herthon's classes from it and still print only what the program
 * prints, and a jar rebuilt after the archive gets a new one.
 */
class LauncherArchiveIT {
    /**
     * Only a bound against a hang: the test waits for the making JVM to finish (its marker file
     * gone), which takes seconds on a quiet machine and minutes under a CPU hog (it runs at nice 19).
     */
    private static final Duration MAKING_TIME = Duration.ofMinutes(15);
    private static final Path ARCHIVES = ProjectPaths.root().resolve("interpreter/target/cds");

    @TempDir
    Path temp;

    static Stream<Path> jdks() throws IOException {
        return LauncherJdkTest.jdks();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jdks")
    void makesItsArchiveThenRunsFromIt(Path javaHome) throws Exception {
        String kind = LauncherJdkTest.feature(javaHome) >= 25 ? ".aot" : ".jsa";
        deleteArchives(kind);
        Path archive = archiveMadeFor(javaHome, kind, Instant.EPOCH);
        assertRunsFromArchive(javaHome);

        // A jar built after the archive: the JVM would refuse the archive, so the launcher makes it again.
        Thread.sleep(1100);
        Path jar = ProjectPaths.root().resolve("bridge/target").resolve(jarName("bridge"));
        Instant rebuilt = Instant.now();
        Files.setLastModifiedTime(jar, FileTime.from(rebuilt));
        Path again = archiveMadeFor(javaHome, kind, rebuilt);
        assertEquals(archive.getFileName(), again.getFileName(), "the same class path keeps its archive's name");
        assertRunsFromArchive(javaHome);
    }

    /** Runs until an archive of this kind newer than {@code after} is in place; returns it. */
    private Path archiveMadeFor(Path javaHome, String kind, Instant after) throws Exception {
        HerthonCommand.Result first = HerthonCommand.run(javaHome, temp, "", "-c", "print('first')");
        assertEquals(0, first.exitCode(), first.stderr());
        assertEquals("first\n", first.stdout());
        assertEquals("", first.stderr());
        Instant deadline = Instant.now().plus(MAKING_TIME);
        boolean makerSeen = false;
        while (Instant.now().isBefore(deadline)) {
            Optional<Path> made = newestArchive(kind).filter(path -> modified(path).isAfter(after));
            if (made.isPresent()) {
                return made.get();
            }
            boolean making = makerRunning();
            if (makerSeen && !making && newestArchive(kind).filter(path -> modified(path).isAfter(after)).isEmpty()) {
                throw new AssertionError("the archive maker ended without a " + kind + " archive in " + ARCHIVES + "; there: " + listing());
            }
            makerSeen |= making;
            Thread.sleep(200);
        }
        throw new AssertionError("no " + kind + " archive newer than " + after + " in " + ARCHIVES + " after "
                + MAKING_TIME.toSeconds() + " s; there: " + listing());
    }

    /** The launcher's background maker marks its work with herthon-N.KIND.start until it ends. */
    private static boolean makerRunning() throws IOException {
        if (!Files.isDirectory(ARCHIVES)) {
            return false;
        }
        try (Stream<Path> files = Files.list(ARCHIVES)) {
            return files.anyMatch(path -> path.getFileName().toString().endsWith(".start"));
        }
    }

    private void assertRunsFromArchive(Path javaHome) throws Exception {
        Path classLog = temp.resolve("classes.log");
        HerthonCommand.Result run = HerthonCommand.run(javaHome, temp, "-Xlog:class+load:file=" + classLog,
                "-c", "import sys; print('out'); print('err', file=sys.stderr)");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("out\n", run.stdout());
        assertEquals("err\n", run.stderr());
        String log = Files.readString(classLog);
        assertTrue(log.contains("org.herthon.interpreter.cli.Main source: shared objects file"),
                "the interpreter's main class comes from the archive: " + log.lines()
                        .filter(line -> line.contains("org.herthon.interpreter.cli.Main ")).toList());
        Files.delete(classLog);
    }

    private static void deleteArchives(String kind) throws IOException {
        if (Files.isDirectory(ARCHIVES)) {
            try (Stream<Path> files = Files.list(ARCHIVES)) {
                for (Path path : files.filter(path -> path.getFileName().toString().endsWith(kind)).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static Optional<Path> newestArchive(String kind) throws IOException {
        if (!Files.isDirectory(ARCHIVES)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(ARCHIVES)) {
            return files.filter(path -> path.getFileName().toString().matches("herthon-\\d+\\" + kind))
                    .max((a, b) -> modified(a).compareTo(modified(b)));
        }
    }

    private static Instant modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException gone) {
            return Instant.EPOCH;
        }
    }

    private static String jarName(String module) throws IOException {
        try (Stream<Path> files = Files.list(ProjectPaths.root().resolve(module).resolve("target"))) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.matches("herthon-" + module + "-.*\\.jar") && !name.endsWith("-tests.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError(module + " is not packaged"));
        }
    }

    private static List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(ARCHIVES)) {
            return files.map(path -> path.getFileName() + " " + modified(path)).toList();
        }
    }
}
