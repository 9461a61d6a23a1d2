package org.herthon.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.herthon.bridge.JvmCollection;
import org.herthon.bridge.ProbeSite;
import org.herthon.bridge.Probes;
import org.junit.jupiter.api.Test;

/** The meters, fed through the real hook ({@link Probes}) as a runtime's probe sites feed it. */
class HerthonMetricsTest {
    private static long frameIds = 1_000_000;

    private static void call(ProbeSite site) {
        long frameId = ++frameIds;
        if (Probes.functionEntryEnabled()) {
            Probes.functionEntry(site, site.firstLine(), frameId);
        }
        if (Probes.functionReturnEnabled()) {
            Probes.functionReturn(site, site.firstLine() + 1, frameId);
        }
    }

    private static double calls(MeterRegistry registry, String function) {
        FunctionCounter counter = registry.find("herthon.function.calls").tag("function", function).functionCounter();
        return counter == null ? -1 : counter.count();
    }

    @Test
    void everyCallIsCountedAndTimed() throws Exception {
        MeterRegistry registry = new SimpleMeterRegistry();
        try (HerthonMetrics metrics = HerthonMetrics.builder().timeEvery(1).build()) {
            metrics.bindTo(registry);
            ProbeSite f = new ProbeSite("counted.py", "f", "counted", 1);
            for (int i = 0; i < 1000; i++) {
                call(f);
            }
            metrics.refresh();
            assertEquals(1000, calls(registry, "f"));
            var duration = registry.find("herthon.function.duration").tag("function", "f").functionTimer();
            assertNotNull(duration);
            assertEquals(1000, duration.count());
            assertTrue(duration.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS) > 0);
        }
    }

    @Test
    void onlyTheBusiestFunctionsGetSeries() throws Exception {
        MeterRegistry registry = new SimpleMeterRegistry();
        try (HerthonMetrics metrics = HerthonMetrics.builder().topFunctions(100).build()) {
            metrics.bindTo(registry);
            ProbeSite hot = new ProbeSite("many.py", "hot", "many", 1);
            for (int i = 0; i < 50; i++) {
                call(hot);
            }
            for (int i = 0; i < 10_000; i++) {
                call(new ProbeSite("many.py", "fn_" + i, "many", 10 + i));
            }
            metrics.refresh();
            assertEquals(101, registry.find("herthon.function.calls").functionCounters().size(), "N + 1 series");
            assertEquals(101, metrics.functionSeries());
            assertEquals(50, calls(registry, "hot"), "the busiest function has its own series");
            assertTrue(calls(registry, HerthonMetrics.OTHER) >= 10_000 - 99, "the rest is counted as other");
        }
    }

    @Test
    void collectionsImportsAndAuditEvents() throws Exception {
        MeterRegistry registry = new SimpleMeterRegistry();
        try (HerthonMetrics metrics = HerthonMetrics.builder().build()) {
            metrics.bindTo(registry);
            Probes.gcStart(1);
            Probes.gcDone(7);
            Probes.jvmGc(0, 3, new JvmCollection(5, "Copy", "Allocation Failure", 2_000_000));
            assertEquals(1, registry.get("herthon.gc.collections").tag("generation", "1").functionCounter().count());
            assertEquals(1, registry.get("herthon.gc.collections").tag("generation", "0").functionCounter().count());
            assertEquals(10, registry.get("herthon.gc.collected").functionCounter().count());
            var young = registry.get("herthon.gc.duration").tag("generation", "0").functionTimer();
            assertEquals(2.0, young.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS), 1e-9, "the JVM's own duration");

            Probes.importFindLoadStart("pkg");
            Probes.importFindLoadStart("pkg.sub");
            Probes.importFindLoadDone("pkg.sub", true);
            Probes.importFindLoadDone("pkg", true);
            Probes.importFindLoadStart("missing");
            Probes.importFindLoadDone("missing", false);
            assertEquals(2, registry.get("herthon.imports").tag("found", "true").functionTimer().count());
            assertEquals(1, registry.get("herthon.imports").tag("found", "false").functionTimer().count());

            for (int i = 0; i < 3; i++) {
                Probes.audit("open", "('x', 'r', 0)");
            }
            metrics.refresh();
            assertEquals(3, registry.get("herthon.audit.events").tag("event", "open").functionCounter().count());
        }
    }

    @Test
    void metricsNeverTurnLinesOnAndStopWhenClosed() throws Exception {
        MeterRegistry registry = new SimpleMeterRegistry();
        HerthonMetrics metrics = HerthonMetrics.builder().build();
        metrics.bindTo(registry);
        assertTrue(Probes.functionEntryEnabled(), "metrics want function entries");
        assertFalse(Probes.lineEnabled(), "metrics only observe lines");
        metrics.close();
        assertFalse(Probes.functionEntryEnabled(), "closed metrics want nothing");
        registry.find("herthon.lines").functionCounters().forEach(lines -> assertEquals(0, lines.count()));
    }

    @Test
    void callsBeforeARegistryIsBoundAreCounted() throws Exception {
        MeterRegistry registry = new SimpleMeterRegistry();
        try (HerthonMetrics metrics = HerthonMetrics.builder().build().start()) {
            ProbeSite early = new ProbeSite("early.py", "early", "early", 1);
            for (int i = 0; i < 10; i++) {
                call(early);
            }
            metrics.bindTo(registry);
            assertEquals(10, calls(registry, "early"), "the program's first calls, made while the registry was set up");
        }
    }

    @Test
    void percentileHistogramsOnRequest() throws Exception {
        var registry = new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT);
        try (HerthonMetrics metrics = HerthonMetrics.builder().percentileHistograms(true).timeEvery(1).build()) {
            metrics.bindTo(registry);
            ProbeSite f = new ProbeSite("hist.py", "f", "hist", 1);
            call(f);
            metrics.refresh();
            for (int i = 0; i < 99; i++) {
                call(f);
            }
            Timer timer = registry.get("herthon.function.duration").tag("function", "f").timer();
            assertEquals(99, timer.count(), "the calls after f got its series");
            assertTrue(registry.scrape().contains("herthon_function_duration_seconds_bucket{function=\"f\""),
                    "a percentile histogram is published");
            assertEquals(100, calls(registry, "f"));
        }
    }
}
