package org.herthon.jmc.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmc.common.IMCMethod;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.flightrecorder.JfrLoaderToolkit;
import org.openjdk.jmc.flightrecorder.jdk.JdkFilters;
import org.openjdk.jmc.flightrecorder.stacktrace.tree.Node;
import org.openjdk.jmc.flightrecorder.stacktrace.tree.StacktraceTreeModel;

/**
 * Issue 8, check 1: a script with known nesting (f calls g calls h), recorded by the real
 * {@code ./herthon --jfr=FILE} (events/herthon.jfc, JFR's own defaults otherwise) and read with
 * the stack-trace tree model JMC's Flame Graph is drawn from, over {@code jdk.ExecutionSample}
 * only: the Herthon functions (JVM frames named after them, docs/jvm-frames.md) nest as in the
 * script, and the hottest is h, where the script spends its time. The interpreter runs as a
 * process of its own; this module never links it.
 */
class HerthonFramesInFlameGraphTest {
    /** jmc-plugin/ is the working directory of its tests. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    /** The script docs/jvm-frames.md records too. */
    private static final Path SCRIPTS = ROOT.resolve("examples");

    @TempDir
    Path temp;

    @Test
    void theSampledTreeNestsTheHerthonFunctionsAndHIsHottest() throws Exception {
        Path recording = temp.resolve("nested.jfr");
        record(recording, "nested_hot.py");
        IItemCollection samples = JfrLoaderToolkit.loadEvents(recording.toFile()).apply(JdkFilters.EXECUTION_SAMPLE);
        assertTrue(samples.hasItems(), "the recording has execution samples");
        Node root = new StacktraceTreeModel(samples).getRoot();

        // Every sampled Herthon frame, with the nearest Herthon frame below it on the stack.
        Map<String, List<String>> callers = new TreeMap<>();
        Map<String, Double> selfSamples = new HashMap<>();
        walk(root, "(none)", "(none)", callers, selfSamples);

        assertEquals(List.of("__main__.g"), callers.get("__main__.h"), "h is only ever under g: " + callers);
        assertEquals(List.of("__main__.f"), callers.get("__main__.g"), "g is only ever under f: " + callers);
        assertEquals(List.of("__main__.{module}"), callers.get("__main__.f"), "f is only ever under the module: " + callers);

        // Among the Herthon functions: samples outside them ("(none)": the JVM's and the interpreter's
        // start-up) take a constant amount of CPU, and outnumbered h's 2 s of spinning once on a
        // machine whose two cores were both busy with other work.
        String hottest = selfSamples.entrySet().stream().filter(e -> !e.getKey().equals("(none)"))
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertEquals("__main__.h", hottest, "samples whose innermost Herthon frame is each function: " + selfSamples);
        assertTrue(selfSamples.getOrDefault("__main__.g", 0.0) > 0, "g's own spinning is sampled too: " + selfSamples);
    }

    /**
     * Walks the tree from the thread roots: {@code herthon} is the innermost Herthon function on
     * the path so far, {@code caller} the one below it. A node's own weight (samples that ended
     * there) is time spent in the innermost Herthon function on its path.
     */
    private static void walk(Node node, String herthon, String caller, Map<String, List<String>> callers,
            Map<String, Double> selfSamples) {
        String inner = herthon;
        String below = caller;
        if (!node.isRoot()) {
            String name = herthonName(node.getFrame().getMethod());
            if (name != null) {
                List<String> seen = callers.computeIfAbsent(name, k -> new ArrayList<>());
                if (!seen.contains(herthon)) seen.add(herthon);
                below = herthon;
                inner = name;
            }
            if (node.getWeight() > 0) selfSamples.merge(inner, node.getWeight(), Double::sum);
        }
        for (Node child : node.getChildren()) walk(child, inner, below, callers, selfSamples);
    }

    /** "module.function" for a frame of the script's module, else null (the interpreter's and the JDK's frames). */
    private static String herthonName(IMCMethod method) {
        String type = method.getType().getFullName();
        if (!type.equals("__main__") && !type.startsWith("__main__.")) return null;
        return type + "." + method.getMethodName();
    }

    /** {@code ./herthon --jfr=RECORDING SCRIPT} on the JDK running the tests. */
    private void record(Path recording, String script) throws Exception {
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("herthon").toString(), "--jfr=" + recording, script)
                .directory(SCRIPTS.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().remove("JAVA");
        builder.environment().remove("HERTHON_JAVA_OPTS");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process herthon = builder.start();
        if (!herthon.waitFor(180, TimeUnit.SECONDS)) {
            herthon.destroyForcibly();
            throw new AssertionError("./herthon " + script + " did not end within 180 s");
        }
        assertEquals(0, herthon.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
        assertEquals("True\n", Files.readString(out, StandardCharsets.UTF_8));
        assertFalse(Files.size(recording) == 0, "recording written");
    }
}
