package org.herthon.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every corpus program NNN_*.py in-process (script given as the relative NAME.py, files
 * resolved against the corpus folder, sys.path[0] = the corpus folder, sys.argv = ['NAME.py'])
 * and compares stdout, stderr and exit code with CPython 3.11's goldens, and the in-process
 * call/line/return sequence (the same code path that fires the probes) with NAME.trace.
 */
class CorpusTest {

    static List<String> programs() throws IOException {
        return CorpusSupport.programs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void matchesCPython(String name) throws IOException {
        CorpusSupport.Result r = CorpusSupport.run(name);
        assertEquals(CorpusSupport.golden(name, "stdout"), r.stdout(), name + " stdout");
        assertEquals(CorpusSupport.golden(name, "stderr"), r.stderr(), name + " stderr");
        assertEquals(CorpusSupport.golden(name, "exit").trim(), String.valueOf(r.exit()), name + " exit code");
        assertEquals(CorpusSupport.golden(name, "trace"), r.trace(), name + " trace");
    }

    /**
     * With nobody asking for lines (a bpftrace script on the function markers, herthon-trace.jfc)
     * the interpreter takes paths that skip line bookkeeping, such as a generator resumed at a
     * yield from going straight to its delegate: the calls and returns must stay CPython's.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void callsAndReturnsMatchCPythonWithoutLineEvents(String name) throws IOException {
        CorpusSupport.Result r = CorpusSupport.run(name, false);
        String expected = CorpusSupport.golden(name, "trace").lines().filter(l -> !l.startsWith("line "))
                .map(l -> l + "\n").collect(java.util.stream.Collectors.joining());
        assertEquals(expected, r.trace(), name + " calls and returns");
        assertEquals(CorpusSupport.golden(name, "stdout"), r.stdout(), name + " stdout");
        assertEquals(CorpusSupport.golden(name, "stderr"), r.stderr(), name + " stderr");
    }
}
