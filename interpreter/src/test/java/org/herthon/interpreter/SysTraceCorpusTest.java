package org.herthon.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * sys.settrace on every corpus program: a Python trace function (settrace/trace_program.py,
 * running on Herthon) sees the call, line and return events that CPython 3.11's sys.settrace saw,
 * the corpus goldens (NAME.trace). The events and their order come from the same points that fire
 * the probes, which CorpusTest checks; this checks what a Python tracer is given there (the frame,
 * its f_lineno and f_code, the local trace function it returned).
 *
 * <p>Left out: the programs that reach the recursion limit (their goldens show a RecursionError).
 * A trace function's own frames count towards the limit, on CPython as on Herthon, so a traced
 * run stops tracing at the limit; the goldens' runner hides that with CPython's own counter.
 */
class SysTraceCorpusTest {
    private static final Path RUNNER = Path.of("src/test/resources/settrace/trace_program.py").toAbsolutePath();

    static List<String> programs() throws IOException {
        List<String> out = new ArrayList<>();
        for (String name : CorpusSupport.programs()) {
            if (!(CorpusSupport.golden(name, "stdout") + CorpusSupport.golden(name, "stderr")).contains("RecursionError")) {
                out.add(name);
            }
        }
        assertTrue(out.size() > 280, "programs traced: " + out.size());
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void aTraceFunctionSeesCPythonsEvents(String name, @TempDir Path temp) throws IOException {
        Path corpus = CorpusSupport.corpusDir();
        Path lib = StdlibModulesTest.stdlib();
        Path events = temp.resolve("events");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = Interpreter.runOnBigStack(() -> {
            Interpreter in = new Interpreter(print, print, corpus);
            in.imports.setStdlibOption(lib.toString());
            return in.execFile(RUNNER, List.of(corpus.toString(), name, events.toString()));
        });
        assertEquals(0, exit, "the runner ended with " + exit + ": " + out.toString(StandardCharsets.UTF_8));
        assertEquals(CorpusSupport.golden(name, "trace"), Files.readString(events, StandardCharsets.UTF_8), name + " events");
    }
}
