package org.herthon.interpreter.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.herthon.interpreter.ast.AstDump;
import org.herthon.interpreter.ast.Module;
import org.herthon.interpreter.lexer.SourceText;
import org.herthon.interpreter.scope.ScopeAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The oracle test: every .py file under the test resources is parsed and compared with the
 * golden made by CPython 3.11 (src/test/python/make_ast_goldens.py), which is the AST dump with
 * positions or, for the intentionally broken programs, the SyntaxError CPython raises and the
 * text it prints.
 */
class ParserGoldenTest {

    static Path resourcesRoot() throws URISyntaxException {
        URL url = ParserGoldenTest.class.getResource("/parser/goldens");
        if (url == null) throw new IllegalStateException("parser/goldens not on the test classpath");
        return Paths.get(url.toURI()).getParent().getParent();
    }

    static Stream<String> goldens() throws Exception {
        Path root = resourcesRoot();
        Path goldens = root.resolve("parser/goldens");
        try (Stream<Path> files = Files.walk(goldens)) {
            List<String> names = files.filter(p -> p.toString().endsWith(".py.ast"))
                    .map(p -> goldens.relativize(p).toString().replace('\\', '/'))
                    .map(s -> s.substring(0, s.length() - ".ast".length()))
                    .sorted()
                    .collect(Collectors.toList());
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void matchesCPython(String relativePath) throws Exception {
        Path root = resourcesRoot();
        Path py = root.resolve(relativePath);
        if (!Files.exists(py)) {
            fail("golden without source file (regenerate the goldens): " + relativePath);
        }
        List<String> golden = Files.readAllLines(root.resolve("parser/goldens/" + relativePath + ".ast"), StandardCharsets.UTF_8);
        String fileName = py.getFileName().toString();
        SourceText source = new SourceText(fileName, SourceText.normalizeNewlines(Files.readString(py, StandardCharsets.UTF_8)));
        switch (golden.get(0)) {
            case "OK" -> {
                Module module = Parser.parse(source);
                assertEquals(golden.get(1), AstDump.dumpWithPositions(module));
                ScopeAnalyzer.analyze(module, source);
                CompileChecks.check(module, source);
            }
            case "PARSE_ERROR" -> {
                HerthonSyntaxError e = assertThrows(HerthonSyntaxError.class, () -> Parser.parse(source));
                assertError(golden.get(1), e);
                assertRendered(golden, 2, e);
            }
            case "COMPILE_ERROR" -> {
                Module module = Parser.parse(source);
                assertEquals(golden.get(1), AstDump.dumpWithPositions(module));
                HerthonSyntaxError e = assertThrows(HerthonSyntaxError.class, () -> {
                    ScopeAnalyzer.analyze(module, source);
                    CompileChecks.check(module, source);
                });
                assertError(golden.get(2), e);
                assertRendered(golden, 3, e);
            }
            default -> fail("bad golden header " + golden.get(0));
        }
    }

    private static void assertError(String expected, HerthonSyntaxError e) {
        assertEquals(expected, e.pythonType() + "|" + e.lineno() + "|" + e.offset() + "|" + e.msg(), e.render());
    }

    private static void assertRendered(List<String> golden, int renderLine, HerthonSyntaxError e) {
        assertEquals("RENDER", golden.get(renderLine));
        String expected = String.join("\n", golden.subList(renderLine + 1, golden.size())) + "\n";
        assertEquals(expected, e.render());
    }
}
