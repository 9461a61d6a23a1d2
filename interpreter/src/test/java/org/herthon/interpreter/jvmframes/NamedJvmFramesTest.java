package org.herthon.interpreter.jvmframes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.herthon.bridge.ProbeSite;
import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.FrameEntry;
import org.herthon.interpreter.runtime.TraceListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM frames named after Herthon functions, as any Java stack walk sees them: captured with
 * {@link StackWalker} at line events inside the script (the evaluator's own frames in between,
 * and the generated entry's step into each named frame, are left out).
 */
class NamedJvmFramesTest {
    @TempDir Path dir;

    /** The named frames on the JVM stack at the first line event in {@code function}, innermost first, as "Class.method:line". */
    private List<String> stackIn(String function, String source) throws IOException {
        List<List<String>> stacks = new ArrayList<>();
        run(source, (site, line) -> {
            if (stacks.isEmpty() && site.function().equals(function)) stacks.add(namedFrames());
        });
        assertEquals(1, stacks.size(), "a line ran in " + function);
        return stacks.get(0);
    }

    private static List<String> namedFrames() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .filter(f -> f.getDeclaringClass().getClassLoader() instanceof FrameClassGroup.FrameClassLoader)
                .filter(f -> !FrameEntry.class.isAssignableFrom(f.getDeclaringClass()))
                .map(f -> f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber())
                .collect(Collectors.toList()));
    }

    private interface LineHook {
        void line(ProbeSite site, int line);
    }

    private String run(String source, LineHook hook) throws IOException {
        Files.writeString(dir.resolve("prog.py"), source);
        TraceListener listener = new TraceListener() {
            @Override public void call(ProbeSite site, int lineno, long frameId) {}
            @Override public void ret(ProbeSite site, int lineno, long frameId) {}
            @Override public void line(ProbeSite site, int lineno) { hook.line(site, lineno); }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(0, Interpreter.runFile(Path.of("prog.py"), List.of(), ps, ps, dir, listener), out.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void callsNestAsInTheScriptWithEachDefLine() throws IOException {
        String source = """
                def h():
                    return 1

                def g():
                    return h()
                def f():
                    return g()
                f()
                """;
        assertEquals(List.of("__main__.h:1", "__main__.g:4", "__main__.f:6", "__main__.{module}:1"), stackIn("h", source));
    }

    @Test
    void methodsAreNamedByTheirClassAndInnerFunctionsByTheFunctionAround() throws IOException {
        String source = """
                class Shape:
                    def area(self):
                        def inner():
                            return [x for x in (lambda: [2])()]
                        return inner()
                Shape().area()
                """;
        assertEquals(List.of("__main__.Shape.area.inner.{listcomp}:4", "__main__.Shape.area.inner:3", "__main__.Shape.area:2",
                "__main__.{module}:1"), stackIn("<listcomp>", source));
        assertEquals(List.of("__main__.Shape.area.inner.{lambda}:4", "__main__.Shape.area.inner:3", "__main__.Shape.area:2",
                "__main__.{module}:1"), stackIn("<lambda>", source));
        assertEquals(List.of("__main__.Shape:1", "__main__.{module}:1"), stackIn("Shape", source), "the class body has a frame of its own");
    }

    @Test
    void aResumedGeneratorRunsInItsFrameUnderTheConsumer() throws IOException {
        String source = """
                def numbers():
                    yield 1
                    yield 2
                def total():
                    return sum(numbers())
                total()
                """;
        assertEquals(List.of("__main__.numbers:1", "__main__.total:4", "__main__.{module}:1"), stackIn("numbers", source));
    }

    @Test
    void functionsOfTheSameNameInOnePlaceAreToldApart() throws IOException {
        String source = """
                class Box:
                    @property
                    def size(self):
                        return self._size
                    @size.setter
                    def size(self, value):
                        self._size = value
                b = Box()
                b.size = 3
                b.size
                """;
        List<String> setter = new ArrayList<>();
        List<String> getter = new ArrayList<>();
        run(source, (site, line) -> {
            if (line == 7 && setter.isEmpty()) setter.addAll(namedFrames());
            if (line == 4 && getter.isEmpty()) getter.addAll(namedFrames());
        });
        assertEquals("__main__.Box.size:2", getter.get(0));
        assertEquals("__main__.Box.size$2:5", setter.get(0));
    }

    @Test
    void importedModulesAreNamedByTheirDottedName() throws IOException {
        Files.createDirectories(dir.resolve("geo"));
        Files.writeString(dir.resolve("geo/__init__.py"), "");
        Files.writeString(dir.resolve("geo/shapes.py"), "def square(n):\n    return n * n\n");
        assertEquals(List.of("geo.shapes.square:1", "__main__.{module}:1"),
                stackIn("square", "import geo.shapes\ngeo.shapes.square(3)\n"));
    }

    @Test
    void aModuleOfMoreFunctionsThanOneBatchHoldsIsNamedThroughout() throws IOException {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < 4500; i++) source.append("def f").append(i).append("():\n    return ").append(i).append('\n');
        source.append("f4499()\nf0()\n");
        assertEquals(List.of("__main__.f4499:8999", "__main__.{module}:1"), stackIn("f4499", source.toString()));
        assertEquals(List.of("__main__.f0:1", "__main__.{module}:1"), stackIn("f0", source.toString()));
    }

    @Test
    void codeEvaluatedAgainAndAgainReusesItsClasses() throws IOException {
        List<Class<?>> frameClasses = new ArrayList<>();
        run("def f():\n    return eval('[1 for _ in (1,)]')\nfor i in range(3):\n    f()\n", (site, line) -> {
            if (site.function().equals("<listcomp>")) {
                StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).forEach(frame -> {
                    if (frame.getMethodName().equals("{listcomp}")) frameClasses.add(frame.getDeclaringClass());
                });
            }
        });
        assertTrue(frameClasses.size() >= 3, "a listcomp frame in each eval: " + frameClasses);
        assertEquals(1, frameClasses.stream().distinct().count(), "the same class each time: " + frameClasses);
    }

    @Test
    void theSwitchTurnsNamingOff() throws IOException {
        String before = System.getProperty(JvmFrameNaming.SWITCH_PROPERTY);
        System.setProperty(JvmFrameNaming.SWITCH_PROPERTY, "off");
        try {
            assertEquals(List.of(), stackIn("f", "def f():\n    return 1\nf()\n"));
        } finally {
            if (before == null) System.clearProperty(JvmFrameNaming.SWITCH_PROPERTY);
            else System.setProperty(JvmFrameNaming.SWITCH_PROPERTY, before);
        }
    }

    @Test
    void javaStackTracesShowTheNamedFramesWithTheSourceFile() throws IOException {
        List<String> elements = new ArrayList<>();
        run("def f():\n    return 1\nf()\n", (site, line) -> {
            if (site.function().equals("f") && elements.isEmpty()) {
                for (StackTraceElement e : new Throwable().getStackTrace()) {
                    if (e.getClassName().equals("__main__")) elements.add(e.toString());
                }
            }
        });
        assertEquals(List.of("__main__.f(prog.py:1)", "__main__.{module}(prog.py:1)"), elements);
    }

    @Test
    void theGeneratedClassesAreUnloadedWithTheirCode() throws IOException, InterruptedException {
        List<WeakReference<Class<?>>> classes = new ArrayList<>();
        run("def f():\n    return 1\nf()\n", (site, line) -> {
            if (site.function().equals("f") && classes.isEmpty()) {
                StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).forEach(frame -> {
                    if (frame.getDeclaringClass().getClassLoader() instanceof FrameClassGroup.FrameClassLoader) {
                        classes.add(new WeakReference<>(frame.getDeclaringClass()));
                    }
                });
            }
        });
        assertFalse(classes.isEmpty());
        // The interpreter that ran the script is unreachable now; collect until its classes go.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (classes.get(0).get() != null && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(classes.get(0).get(), "the frame class was unloaded");
    }

    @Test
    void namesAreLegalJvmNames() {
        assertEquals("{module}", FrameClassLayout.part("<module>"));
        assertEquals("a_b_c_d", FrameClassLayout.part("a;b[c/d"));
        assertEquals("_", FrameClassLayout.part(""));
        assertEquals("tab_x", FrameClassLayout.part("tab\tx"));
        assertTrue(FrameClassLayout.part("x".repeat(1000)).length() <= 120);
    }
}
