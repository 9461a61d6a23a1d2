package org.herthon.interpreter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.herthon.bridge.support.ProjectPaths;
import org.herthon.bridge.support.RequiredTool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CPython 3.11's own tests (Debian's libpython3.11-testsuite, run where it is installed) on
 * Herthon: each module in compat/baseline.tsv must pass at least as many tests as recorded there
 * by {@code compat/run --record}. The floor only rises; a change that makes Herthon pass fewer of
 * CPython's tests fails here, naming the module.
 */
class CPythonTestSuiteTest {
    static final Path TESTS = Path.of("/usr/lib/python3.11/test");

    record Floor(String module, int passed) {
        @Override public String toString() { return module + " >= " + passed; }
    }

    static List<Floor> floors() throws IOException {
        List<Floor> out = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(ProjectPaths.root().resolve("compat/baseline.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            if (header) { header = false; continue; }
            String[] f = line.split("\t");
            int passed = Integer.parseInt(f[1]);
            // A floor of 0 would be a test that cannot fail: those modules are only in the table.
            if (passed > 0) out.add(new Floor(f[0], passed));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("floors")
    void passesAtLeastTheRecordedNumberOfTests(Floor floor) throws Exception {
        RequiredTool.installedFile(TESTS.resolve("__init__.py"), "libpython3.11-testsuite");
        Path root = ProjectPaths.root();
        ProcessBuilder pb = new ProcessBuilder(root.resolve("herthon").toString(), root.resolve("compat/driver.py").toString(), floor.module())
                .directory(TESTS.toFile())
                .redirectErrorStream(false)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        List<String> lines;
        try (var reader = p.inputReader(StandardCharsets.UTF_8)) {
            lines = reader.lines().toList();
        }
        if (!p.waitFor(10, TimeUnit.MINUTES)) p.destroyForcibly();
        long passed = lines.stream().filter(l -> l.startsWith("passed ")).count();
        List<String> notPassed = lines.stream().filter(l -> l.startsWith("failed ") || l.startsWith("error ")).limit(10).toList();
        assertTrue(passed >= floor.passed(), floor.module() + ": " + passed + " tests passed, the floor is " + floor.passed()
                + (lines.contains("DONE") ? "" : " (the run stopped early)") + "; some that did not: " + notPassed);
    }
}
