package org.herthon.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.herthon.bridge.ProbeSite;
import org.herthon.interpreter.runtime.TraceListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The function entry/return and line events, as the probe sites fire them (CPython's settrace order). */
class TraceListenerTest {

    static List<String> trace(Path dir, String source) throws IOException {
        Files.writeString(dir.resolve("t.py"), source);
        List<String> ev = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        TraceListener l = new TraceListener() {
            @Override public void call(ProbeSite s, int line, long id) { ev.add("call " + s.function() + ":" + line); ids.add(id); }
            @Override public void ret(ProbeSite s, int line, long id) { ev.add("return " + s.function() + ":" + line); ids.add(-id); }
            @Override public void line(ProbeSite s, int line) { ev.add("line " + s.function() + ":" + line); }
        };
        PrintStream ps = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Interpreter.runFile(Path.of("t.py"), List.of(), ps, ps, dir, l);
        // every entry is paired with a return of the same frame id
        long sum = 0;
        for (long i : ids) sum += i;
        assertEquals(0, sum, "entry/return frame ids pair up");
        return ev;
    }

    @Test void loopsAndCalls(@TempDir Path dir) throws IOException {
        List<String> ev = trace(dir, "def f(n):\n    return n + 1\nfor i in range(2):\n    f(i)\n");
        assertEquals(List.of("call <module>:1", "line <module>:1", "line <module>:3", "line <module>:4", "call f:1", "line f:2", "return f:2",
                "line <module>:3", "line <module>:4", "call f:1", "line f:2", "return f:2", "line <module>:3", "return <module>:3"), ev);
    }

    @Test void generatorResumesAreEntries(@TempDir Path dir) throws IOException {
        List<String> ev = trace(dir, "def g():\n    yield 1\n    yield 2\nfor x in g():\n    pass\n");
        assertEquals(List.of("call <module>:1", "line <module>:1", "line <module>:4", "call g:1", "line g:2", "return g:2",
                "line <module>:5", "line <module>:4", "call g:1", "line g:3", "return g:3", "line <module>:5", "line <module>:4",
                "call g:1", "return g:3", "return <module>:4"), ev);
    }

    @Test void exceptionLeavingFrameIsAReturn(@TempDir Path dir) throws IOException {
        List<String> ev = trace(dir, "def f():\n    raise ValueError\ntry:\n    f()\nexcept ValueError:\n    pass\n");
        assertEquals(List.of("call <module>:1", "line <module>:1", "line <module>:3", "line <module>:4", "call f:1", "line f:2",
                "return f:2", "line <module>:5", "line <module>:6", "return <module>:6"), ev);
    }
}
