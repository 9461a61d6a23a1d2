package org.herthon.interpreter.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.herthon.interpreter.ast.AstDump;
import org.herthon.interpreter.ast.Module;
import org.junit.jupiter.api.Test;

/** Direct checks of the parser API; the broad comparison with CPython is {@link ParserGoldenTest}. */
class ParserTest {

    private static String dump(String src) {
        return AstDump.dump(Parser.parse(src, "t.py"));
    }

    @Test
    void parsesToCPythonTree() {
        // Expected text printed by python3.11 -c "import ast; print(ast.dump(ast.parse(...)))"
        assertEquals("Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotIn(), IsNot()],"
                + " comparators=[Name(id='b', ctx=Load()), Constant(value=None)]))], type_ignores=[])", dump("a not in b is not None"));
        assertEquals("Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()),"
                + " Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])", dump("*a, b = c"));
    }

    @Test
    void rendersLikeCPython() {
        HerthonSyntaxError e = assertThrows(HerthonSyntaxError.class, () -> Parser.parse("x = 1\nx = = 1\n", "f.py"));
        assertEquals("  File \"f.py\", line 2\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n", e.render());
        e = assertThrows(HerthonSyntaxError.class, () -> Parser.parse("if x:\n    y(a b)\n", "f.py"));
        assertEquals("  File \"f.py\", line 2\n    y(a b)\n      ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n",
                e.render());
    }

    @Test
    void compileChecksRunAfterParsing() {
        Module m = Parser.parse("while x:\n    break\nelse:\n    pass\nbreak\n", "f.py");
        HerthonSyntaxError e = assertThrows(HerthonSyntaxError.class,
                () -> CompileChecks.check(m, new org.herthon.interpreter.lexer.SourceText("f.py", "while x:\n    break\nelse:\n    pass\nbreak\n")));
        assertEquals("'break' outside loop", e.msg());
        assertEquals(5, e.lineno());
    }

    /** A 2000+ line file of every valid construct the goldens hold parses into one module. (Speed is a benchmark's job.) */
    @Test
    void parsesLargeFile() throws Exception {
        String big = largeSource();
        assertTrue(big.lines().count() >= 2000);
        Module module = Parser.parse(big, "big.py");
        assertTrue(module.body().size() > 100);
    }

    /** The valid test programs, concatenated until the text has at least 2000 lines. */
    static String largeSource() throws Exception {
        Path root = ParserGoldenTest.resourcesRoot();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root.resolve("parser/goldens"))) {
            files = s.filter(p -> p.toString().endsWith(".py.ast")).sorted().collect(Collectors.toList());
        }
        StringBuilder out = new StringBuilder();
        while (out.toString().lines().count() < 2000) {
            for (Path golden : files) {
                if (!Files.readAllLines(golden, StandardCharsets.UTF_8).get(0).equals("OK")) continue;
                String rel = root.resolve("parser/goldens").relativize(golden).toString();
                Path py = root.resolve(rel.substring(0, rel.length() - ".ast".length()));
                out.append(Files.readString(py, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return out.toString();
    }
}
