package org.herthon.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.herthon.interpreter.Interpreter;
import org.junit.jupiter.api.Test;

/**
 * The embedding example of docs/metrics.md: a Java program that runs Herthon code in-process binds
 * {@link HerthonMetrics} to its own registry (as a Spring Boot application would bind it to the
 * registry it is given). Keep the two in step.
 */
class EmbeddingExampleTest {
    @Test
    void aJavaProgramBindsHerthonMetricsToItsOwnRegistry() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);

        // --- docs/metrics.md, "Embedding" ---
        MeterRegistry registry = new SimpleMeterRegistry();
        try (HerthonMetrics metrics = HerthonMetrics.builder().topFunctions(50).build()) {
            metrics.bindTo(registry);
            Interpreter.runCode("""
                    def greet(name):
                        return "hello " + name
                    for name in ["ada", "grace", "barbara"]:
                        print(greet(name))
                    """, List.of(), stdout, System.err);
            metrics.refresh();
            double greetCalls = registry.get("herthon.function.calls").tag("function", "greet").functionCounter().count();
            // --- end of the example ---

            assertEquals(3, greetCalls);
            assertEquals("hello ada\nhello grace\nhello barbara\n", out.toString(StandardCharsets.UTF_8));
        }
    }
}
