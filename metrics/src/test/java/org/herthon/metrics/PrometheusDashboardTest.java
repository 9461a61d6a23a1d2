package org.herthon.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herthon.bridge.support.Bpftrace;
import org.herthon.metrics.support.Dashboards;
import org.herthon.metrics.support.HerthonProcess;
import org.herthon.metrics.support.PrometheusServer;
import org.herthon.metrics.support.Scrape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks 1 and 2 of the metrics issue, end to end: a real Prometheus scrapes a running
 * {@code ./herthon --metrics-port} workload; every PromQL expression of every panel of every
 * dashboard returns a series; the counts agree with the script and with the markers bpftrace
 * counts in the same run.
 */
class PrometheusDashboardTest {
    private static final String JOB = "herthon-test";

    private static final String WORKLOAD = """
            import gc, sys, time

            def f(x):
                return x + 1

            def g(n):
                return [i * i for i in range(n)]

            for i in range(1000):
                f(i)
            gc.collect()
            gc.collect(0)
            try:
                import no_such_module_for_metrics
            except ImportError:
                pass
            sys.audit("herthon.test", 1)
            print("ready")
            sys.stdout.flush()
            while True:
                g(10)
                time.sleep(0.05)
            """;

    /** bpftrace's view of the same run: one line per marker hit, with the process id. */
    private static final String COUNT_MARKERS = """
            BEGIN { printf("READY\\n"); }
            usdt:$LIB:herthon:gc__start { printf("%d gc__start\\n", pid); }
            usdt:$LIB:herthon:import__find__load__start { printf("%d import__find__load__start\\n", pid); }
            """;

    @TempDir
    Path dir;

    @Test
    void everyPanelHasDataAndTheCountsAgreeWithTheMarkers() throws Exception {
        Path script = dir.resolve("workload.py");
        Files.writeString(script, WORKLOAD);
        try (Bpftrace bpftrace = Bpftrace.start(COUNT_MARKERS);
             HerthonProcess herthon = HerthonProcess.start(dir, "--metrics-port=0", "--metrics-histograms", script.toString())) {
            herthon.awaitOutput("the workload's ready line", output -> output.contains("ready\n") && output.contains("metrics at"));
            URI endpoint = Scrape.announced(herthon.stderr());
            try (PrometheusServer prometheus = PrometheusServer.start(dir, JOB, endpoint.getPort())) {
                prometheus.await("1000 calls of f in Prometheus", prometheus.seriesMatch(
                        "herthon_function_calls_total{function=\"f\"} == 1000", series -> series.size() == 1));
                prometheus.await("5 scrapes", prometheus.seriesMatch(
                        "count_over_time(up{job=\"" + JOB + "\"}[5m]) >= 5", series -> series.size() == 1));

                List<String> empty = new ArrayList<>();
                int expressions = 0;
                for (Dashboards.Target target : Dashboards.targets()) {
                    String promql = target.promql(JOB, ".*", "10s");
                    expressions++;
                    if (prometheus.query(promql).isEmpty()) {
                        empty.add(target + ": " + promql);
                    }
                }
                assertTrue(expressions >= 10, "the dashboards have their panels: " + expressions);
                assertTrue(empty.isEmpty(), "panels without data:\n" + String.join("\n", empty));
                assertEquals(1000, prometheus.value("sum(herthon_function_calls_total{function=\"f\"})"));
            }

            Scrape scrape = Scrape.of(endpoint);
            String markers = bpftrace.stop();
            String pid = Long.toString(herthon.pid());
            long gcStarts = markers.lines().filter(line -> line.equals(pid + " gc__start")).count();
            long importStarts = markers.lines().filter(line -> line.equals(pid + " import__find__load__start")).count();
            assertTrue(gcStarts >= 2, "gc.collect() twice: " + gcStarts);
            assertTrue(importStarts >= 1, "at least the missing module: " + importStarts);
            assertEquals(gcStarts, (long) scrape.sum("herthon_gc_collections_total"), "collections: meters vs gc__start markers");
            assertEquals(importStarts, (long) scrape.sum("herthon_imports_seconds_count"), "imports: meters vs import__find__load__start markers");
        }
    }

    @Test
    void tenThousandFunctionsMakeNPlusOneSeries() throws Exception {
        Path script = dir.resolve("many.py");
        Files.writeString(script, """
                import sys, time
                for i in range(10000):
                    exec("def fn_%d():\\n    pass\\nfn_%d()" % (i, i))
                print("ready")
                sys.stdout.flush()
                time.sleep(600)
                """);
        try (HerthonProcess herthon = HerthonProcess.start(dir, "--metrics-port=0", script.toString())) {
            herthon.awaitOutput("the ready line", output -> output.contains("ready\n") && output.contains("metrics at"));
            Scrape scrape = Scrape.of(Scrape.announced(herthon.stderr()));
            assertEquals(100 + 1, scrape.seriesCount("herthon_function_calls_total"), "N = 100 functions and other");
            assertEquals(100 + 1, scrape.seriesCount("herthon_function_duration_seconds_count"));
        }
    }
}
