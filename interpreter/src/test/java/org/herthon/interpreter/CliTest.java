package org.herthon.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.herthon.interpreter.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The herthon command's options and exit codes (run in-process through Main.run). */
class CliTest {
    record Out(int code, String out, String err) {}

    static Out main(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Out(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test void version() {
        Out o = main("--version");
        assertEquals(0, o.code);
        assertTrue(o.out.startsWith("Herthon 3.11"), o.out);
    }

    @Test void dashC() {
        Out o = main("-c", "import sys; print(sys.argv, 6 * 7)", "a", "b");
        assertEquals(0, o.code);
        assertEquals("['-c', 'a', 'b'] 42\n", o.out);
    }

    @Test void exitCodes() {
        assertEquals(3, main("-c", "import sys; sys.exit(3)").code);
        assertEquals(0, main("-c", "import sys; sys.exit()").code);
        Out s = main("-c", "import sys; sys.exit('bye')");
        assertEquals(1, s.code);
        assertEquals("bye\n", s.err);
        Out e = main("-c", "1/0");
        assertEquals(1, e.code);
        assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nZeroDivisionError: division by zero\n", e.err);
        Out syn = main("-c", "x = (1,");
        assertEquals(1, syn.code);
        assertTrue(syn.err.contains("SyntaxError"), syn.err);
    }

    /** CPython 3.11's outputs for the same script, with and without -X no_debug_ranges. */
    @Test void debugRanges(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("ranges.py");
        Files.writeString(script, "import sys\nprint(sys._xoptions)\nx = {'a': [1]}\nx['a'][5]\n");
        String tb = "Traceback (most recent call last):\n  File \"" + script + "\", line 4, in <module>\n    x['a'][5]\n";
        Out carets = main(script.toString());
        assertEquals("{}\n", carets.out);
        assertEquals(tb + "    ~~~~~~^^^\nIndexError: list index out of range\n", carets.err);
        Out plain = main("-X", "no_debug_ranges", script.toString());
        assertEquals("{'no_debug_ranges': True}\n", plain.out);
        assertEquals(tb + "IndexError: list index out of range\n", plain.err);
    }

    @Test void usageErrors() {
        Out o = main("--bogus");
        assertEquals(2, o.code);
        assertEquals("herthon: unknown option --bogus (try 'herthon --help')\n", o.err);
        assertEquals(2, main("-c").code);
    }

    @Test void scriptAndModule(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("prog.py"), "import sys, helper\nprint(helper.twice(21), sys.argv[1:], __name__)\n");
        Files.writeString(dir.resolve("helper.py"), "def twice(x):\n    return 2 * x\n");
        Out o = main(dir.resolve("prog.py").toString(), "x");
        assertEquals(0, o.code, o.err);
        assertEquals("42 ['x'] __main__\n", o.out);
        Out missing = main(dir.resolve("nope.py").toString());
        assertEquals(2, missing.code);
    }

    @Test void severalInterpretersInOneJvm() {
        ByteArrayOutputStream a = new ByteArrayOutputStream(), b = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        int ca = Interpreter.runCode("import sys\nsys.modules['x'] = 1\nsys.setrecursionlimit(50)\nprint(sys.getrecursionlimit())", List.of(),
                new PrintStream(a, true, StandardCharsets.UTF_8), err);
        int cb = Interpreter.runCode("import sys\nprint('x' in sys.modules, sys.getrecursionlimit())", List.of(),
                new PrintStream(b, true, StandardCharsets.UTF_8), err);
        assertEquals(0, ca);
        assertEquals(0, cb);
        assertEquals("50\n", a.toString(StandardCharsets.UTF_8));
        assertEquals("False 1000\n", b.toString(StandardCharsets.UTF_8));
    }
}
