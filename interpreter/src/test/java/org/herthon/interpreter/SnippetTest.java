package org.herthon.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Unit-level programs per stage (float repr, format specs, int arithmetic, dict/set order, classes,
 * generators, exceptions, builtins, scopes, runtime modules) in src/test/resources/snippets, with
 * expected output made by CPython 3.11 (make_snippets.py).
 */
class SnippetTest {
    static Path dir() {
        Path p = Path.of("src/test/resources/snippets");
        if (!Files.isDirectory(p)) p = Path.of("interpreter/src/test/resources/snippets");
        return p.toAbsolutePath();
    }

    static List<String> snippets() throws IOException {
        try (Stream<Path> s = Files.list(dir())) {
            return s.map(x -> x.getFileName().toString()).filter(n -> n.endsWith(".py") && !n.startsWith("make_")).sorted().toList();
        }
    }

    static String run(Path folder, String name) {
        return ScriptOutcome.of(folder, name, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void matchesCPython(String name) throws IOException {
        String expected = Files.readString(dir().resolve(name.replace(".py", ".out")), StandardCharsets.UTF_8);
        assertEquals(expected, run(dir(), name));
    }
}
