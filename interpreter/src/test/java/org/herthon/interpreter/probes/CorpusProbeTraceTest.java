package org.herthon.interpreter.probes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.herthon.bridge.support.Bpftrace;
import org.herthon.bridge.support.JfrEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 3, check 2, end to end: every corpus program run by the real {@code ./herthon} command
 * with bpftrace attached to the markers and a JFR recording (herthon-lines.jfc) at once. Each
 * program's stdout, stderr and exit code must equal CPython's goldens, and its function and line
 * events, as bpftrace saw them and as the recording holds them, must equal the golden trace
 * made with CPython's sys.settrace.
 *
 * <p>The corpus is copied to a short folder first: bpftrace reads at most 64 bytes of a string,
 * and imported modules carry absolute file names.
 */
class CorpusProbeTraceTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus").toAbsolutePath();

    /**
     * The client compiler only: these programs run about a second each, too short for C2 to pay
     * back the CPU it spends compiling (a third of each run's CPU time, 297 runs). Long runs with
     * both compilers are LiveRecordingTest's and StressTest's.
     */
    private static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";

    private static Path copy;
    private static final Map<String, HerthonCommand.Result> RESULTS = new ConcurrentHashMap<>();
    private static Map<Long, List<String>> traced;

    @BeforeAll
    static void runEveryProgramTracedAndRecorded() throws Exception {
        copy = Files.createTempDirectory(Path.of("/tmp"), "hc");
        copyTree(CORPUS, copy);
        try (Bpftrace bpftrace = Bpftrace.start(ProbeTrace.BPFTRACE_PROGRAM, ProbeTrace.STRING_LENGTH)) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> runs = new ArrayList<>();
            for (String program : programs()) {
                runs.add(pool.submit(() -> {
                    Path recording = copy.resolve(program + ".jfr");
                    RESULTS.put(program, HerthonCommand.run(copy,
                            HerthonCommand.recordingWith("herthon-lines.jfc", recording) + " " + QUICK_JIT, program + ".py"));
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
            pool.shutdown();
            traced = ProbeTrace.byPid(bpftrace.stop());
        }
    }

    @AfterAll
    static void removeCopy() throws IOException {
        if (copy != null) {
            try (Stream<Path> files = Files.walk(copy)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyProgramMatchesCPython() throws IOException {
        return programs().stream().map(program -> DynamicTest.dynamicTest(program, () -> check(program)));
    }

    private static void check(String program) throws IOException {
        HerthonCommand.Result result = RESULTS.get(program);
        String prefix = copy + "/";
        List<String> golden = Files.readAllLines(CORPUS.resolve(program + ".trace"), StandardCharsets.UTF_8);
        List<String> fromBpftrace = ProbeTrace.relativeTo(prefix, traced.getOrDefault(result.pid(), List.of()));
        List<String> fromJfr = ProbeTrace.relativeTo(prefix,
                ProbeTrace.fromJfr(JfrEvents.read(copy.resolve(program + ".jfr"))));
        assertAll(
                () -> assertEquals(golden(program, ".stdout"), result.stdout().replace(prefix, ""), "stdout"),
                () -> assertEquals(golden(program, ".stderr"), result.stderr().replace(prefix, ""), "stderr"),
                () -> assertEquals(Integer.parseInt(golden(program, ".exit").trim()), result.exitCode(), "exit code"),
                () -> assertEquals(String.join("\n", golden), String.join("\n", fromBpftrace), "bpftrace trace"),
                () -> assertEquals(String.join("\n", golden), String.join("\n", fromJfr), "JFR trace"));
    }

    private static String golden(String program, String extension) throws IOException {
        return Files.readString(CORPUS.resolve(program + extension), StandardCharsets.UTF_8);
    }

    /** The corpus programs (NNN_name, without .py): helper modules have no digit prefix. */
    static List<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<String> names = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.matches("\\d{3}_.*\\.py"))
                    .map(name -> name.substring(0, name.length() - 3))
                    .sorted()
                    .toList();
            assertFalse(names.isEmpty(), "no corpus programs in " + CORPUS);
            return names;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
