package org.herthon.interpreter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.herthon.bridge.support.ProjectPaths;
import org.herthon.bridge.support.RequiredTool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CPython 3.11's own tests (Debian's libpython3.11-testsuite, run where it is installed) on
 * Herthon: each module in compat/baseline.tsv must pass at least as many tests as recorded there
 * by {@code compat/run --record}. The floor only rises; a change that makes Herthon pass fewer of
 * CPython's tests fails here, naming the module and some of the tests that no longer pass.
 *
 * <p>The modules run two at a time, each in a process of its own, all started by the first case
 * (each case then waits for its own module): the whole set takes minutes, and one at a time it
 * would take twice as long.
 */
class CPythonTestSuiteTest {
    static final Path TESTS = Path.of("/usr/lib/python3.11/test");
    private static final int AT_A_TIME = 2;
    private static Map<String, CompletableFuture<List<String>>> runs;

    record Floor(String module, int passed) {
        @Override
        public String toString() {
            return module + " >= " + passed;
        }
    }

    static List<Floor> floors() throws IOException {
        List<Floor> out = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(ProjectPaths.root().resolve("compat/baseline.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] fields = line.split("\t");
            int passed = Integer.parseInt(fields[1]);
            // A floor of 0 would be a test that cannot fail: those modules are only in the table.
            if (passed > 0) {
                out.add(new Floor(fields[0], passed));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("floors")
    void passesAtLeastTheRecordedNumberOfTests(Floor floor) throws Exception {
        RequiredTool.installedFile(TESTS.resolve("__init__.py"), "libpython3.11-testsuite");
        assertFloor(floor, runs().get(floor.module()).get());
    }

    private static synchronized Map<String, CompletableFuture<List<String>>> runs() throws IOException {
        if (runs == null) {
            ExecutorService pool = Executors.newFixedThreadPool(AT_A_TIME, task -> {
                Thread thread = new Thread(task, "cpython-tests");
                thread.setDaemon(true);
                return thread;
            });
            runs = floors().stream().map(Floor::module).collect(Collectors.toMap(Function.identity(),
                    module -> CompletableFuture.supplyAsync(() -> run(module), pool)));
            pool.shutdown();
        }
        return runs;
    }

    /**
     * What compat/driver.py printed for the module: a line per test ("passed NAME", ...), then
     * DONE; with the last lines of its stderr when it stopped early (how the process ended).
     */
    private static List<String> run(String module) {
        Path root = ProjectPaths.root();
        try {
            Path report = Files.createTempFile("cpython-tests-" + module, ".txt");
            Path errors = Files.createTempFile("cpython-tests-" + module, ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(root.resolve("herthon").toString(), root.resolve("compat/driver.py").toString(), module)
                        .directory(TESTS.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(report.toFile())
                        .redirectError(errors.toFile());
                builder.environment().putIfAbsent("HERTHON_STDLIB", "/usr/lib/python3.11");
                Process process = builder.start();
                // A hung module still reports the tests that passed before it hung.
                String end;
                if (process.waitFor(10, TimeUnit.MINUTES)) {
                    end = "exit code " + process.exitValue();
                } else {
                    process.destroyForcibly().waitFor();
                    end = "killed after 10 minutes";
                }
                List<String> lines = new ArrayList<>(Files.readAllLines(report, StandardCharsets.UTF_8));
                if (!lines.contains("DONE")) {
                    List<String> stderr = Files.readAllLines(errors, StandardCharsets.UTF_8);
                    lines.add("ENDED " + end + "; the end of its stderr: "
                            + String.join("\n", stderr.subList(Math.max(0, stderr.size() - 15), stderr.size())));
                }
                return lines;
            } finally {
                Files.deleteIfExists(report);
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertFloor(Floor floor, List<String> lines) {
        long passed = lines.stream().filter(line -> line.startsWith("passed ")).count();
        List<String> notPassed = lines.stream().filter(line -> line.startsWith("failed ") || line.startsWith("error ")).limit(10).toList();
        assertTrue(passed >= floor.passed(), floor.module() + ": " + passed + " tests passed, the floor is " + floor.passed()
                + (lines.contains("DONE") ? "" : " (the run stopped early: " + lines.get(lines.size() - 1) + ")")
                + "; some that did not: " + notPassed);
    }
}
