package org.herthon.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.herthon.bridge.support.RequiredTool;
import org.herthon.interpreter.imports.StdlibLocator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scripts that use CPython 3.11's own standard library (src/test/resources/stdlib), run with the
 * machine's library on sys.path and compared with CPython's output (make_stdlib_goldens.py). In
 * CI ({@code CI=true}) a missing library fails the test: .ci/run installs libpython3.11-stdlib.
 */
class StdlibModulesTest {
    static Path dir() {
        Path p = Path.of("src/test/resources/stdlib");
        if (!Files.isDirectory(p)) p = Path.of("interpreter/src/test/resources/stdlib");
        return p.toAbsolutePath();
    }

    static List<String> scripts() throws IOException {
        try (Stream<Path> s = Files.list(dir())) {
            return s.map(x -> x.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().toList();
        }
    }

    static Path stdlib() {
        return RequiredTool.present(StdlibLocator.locate(null, System.getenv()), StdlibLocator.MISSING);
    }

    static String run(Path folder, String name, Path stdlib) {
        return ScriptOutcome.of(folder, name, stdlib);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void matchesCPython(String name) throws IOException {
        Path lib = stdlib();
        String expected = Files.readString(dir().resolve(name.replace(".py", ".out")), StandardCharsets.UTF_8);
        assertEquals(expected, run(dir(), name, lib));
    }
}
