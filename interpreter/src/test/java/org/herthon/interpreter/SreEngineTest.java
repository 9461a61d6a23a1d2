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
 * The _sre twin runs CPython 3.11's own compiled code lists: src/test/resources/sre/sre_engine_*.py hand
 * the code lists re._compiler made for several hundred patterns straight to _sre.compile and print what
 * match, fullmatch, search, findall, finditer, split, sub, subn and scanners give; the .out files are
 * CPython 3.11 running the same scripts (make_sre_goldens.py in src/test/python).
 */
class SreEngineTest {
    static Path dir() {
        Path p = Path.of("src/test/resources/sre");
        if (!Files.isDirectory(p)) p = Path.of("interpreter/src/test/resources/sre");
        return p.toAbsolutePath();
    }

    static List<String> scripts() throws IOException {
        try (Stream<Path> s = Files.list(dir())) {
            return s.map(x -> x.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void matchesCPython(String name) throws IOException {
        String expected = Files.readString(dir().resolve(name.replace(".py", ".out")), StandardCharsets.UTF_8);
        assertEquals(expected, SnippetTest.run(dir(), name));
    }
}
