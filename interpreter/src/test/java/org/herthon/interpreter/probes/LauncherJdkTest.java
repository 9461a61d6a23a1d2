package org.herthon.interpreter.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ./herthon} on every JDK from 17 on that this machine has (the one running the tests, and
 * each under /usr/lib/jvm): stdout and stderr carry the program's output and nothing of the JVM's.
 * Newer JDKs warn on stderr about native access and sun.misc.Unsafe unless the launcher allows them.
 */
class LauncherJdkTest {
    private static final Pattern FEATURE = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

    @TempDir
    Path temp;

    static Stream<Path> jdks() throws IOException {
        TreeSet<Path> homes = new TreeSet<>();
        homes.add(HerthonCommand.testJdk().toRealPath());
        Path installed = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(installed)) {
            try (Stream<Path> entries = Files.list(installed)) {
                entries.filter(home -> Files.isExecutable(home.resolve("bin/java")) && feature(home) >= 17)
                        .forEach(home -> homes.add(realPath(home)));
            }
        }
        return homes.stream();
    }

    static int feature(Path home) {
        try {
            Matcher m = FEATURE.matcher(Files.readString(home.resolve("release")));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException noReleaseFile) {
            return 0;
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jdks")
    void printsOnlyWhatTheProgramPrints(Path javaHome) throws Exception {
        HerthonCommand.Result run = HerthonCommand.run(javaHome, temp, "", "-c", "import sys; print('out'); print('err', file=sys.stderr)");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("out\n", run.stdout());
        assertEquals("err\n", run.stderr());
    }

    @Test
    void namesAMissingJava() throws Exception {
        HerthonCommand.Result run = HerthonCommand.run(temp.resolve("no-jdk"), temp, "", "-c", "print('out')");
        assertEquals(2, run.exitCode());
        assertEquals("", run.stdout());
        assertEquals("herthon: no Java at '" + temp.resolve("no-jdk/bin/java")
                + "': install a JDK 17 or newer, or set JAVA_HOME (or JAVA) to one\n", run.stderr());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jdks")
    void recordsQuietly(Path javaHome) throws Exception {
        Path recording = temp.resolve("run.jfr");
        HerthonCommand.Result run = HerthonCommand.run(javaHome, temp, "", "--jfr=" + recording, "-c", "print('out')");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("out\n", run.stdout());
        assertEquals("", run.stderr());
        assertTrue(Files.size(recording) > 0, "recording written");
    }
}
