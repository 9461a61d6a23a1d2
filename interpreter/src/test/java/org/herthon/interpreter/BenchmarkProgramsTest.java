package org.herthon.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The benchmark programs of {@code bench/run} (bench/programs, listed in sizes.tsv) print on
 * Herthon what they print on CPython 3.11, at their quick size (expected/NAME.out, made by
 * make_expected.sh). The speed work of issue 11 is measured on these programs, so a wrong
 * answer must fail here before it shows up as a suspiciously good ratio there.
 */
class BenchmarkProgramsTest {
    /**
     * Programs that do not run on Herthon yet, with why. The test insists they still fail, so
     * that the day one starts working it moves out of this list and is checked for real.
     */
    static final Map<String, String> NOT_YET = Map.of();

    static Path dir() {
        Path p = Path.of("../bench/programs");
        if (!Files.isDirectory(p)) p = Path.of("bench/programs");
        return p.toAbsolutePath().normalize();
    }

    record Program(String name, String quickSize) {
        @Override public String toString() { return name; }
    }

    static List<Program> programs() throws IOException {
        List<Program> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir().resolve("sizes.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            out.add(new Program(f[0], f[2]));
        }
        return out;
    }

    /** Runs the program in-process; returns stdout, or "EXIT n" and the last stderr line on failure. */
    static String run(Program p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream po = new PrintStream(out, true, StandardCharsets.UTF_8), pe = new PrintStream(err, true, StandardCharsets.UTF_8);
        List<String> argv = p.quickSize().equals("-") ? List.of() : List.of(p.quickSize(), "1");
        int code = Interpreter.runFile(dir().resolve(p.name() + ".py"), argv, po, pe, dir(), null);
        if (code == 0) return out.toString(StandardCharsets.UTF_8);
        String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
        return "EXIT " + code + ": " + lines[lines.length - 1];
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void printsWhatCPythonPrints(Program p) throws IOException {
        String expected = Files.readString(dir().resolve("expected/" + p.name() + ".out"), StandardCharsets.UTF_8);
        String actual = run(p);
        if (NOT_YET.containsKey(p.name())) {
            assertNotEquals(expected, actual, p.name() + " works now: take it out of NOT_YET (" + NOT_YET.get(p.name()) + ")");
        } else {
            assertEquals(expected, actual);
        }
    }
}
