package org.herthon.metrics.bench;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.herthon.bridge.ProbeSite;
import org.herthon.bridge.Probes;
import org.herthon.metrics.HerthonMetrics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What metrics add to a Herthon call: a function entry and its return passed through the hook, as
 * an interpreter's call path passes them, with {@link HerthonMetrics} bound to a Prometheus
 * registry ({@code metrics=on}) and with nothing listening ({@code metrics=off}). Each setting runs
 * in its own forked JVM; the difference of the scores is the metrics' cost per call. 64 sites are
 * cycled through, so the per-site statistics are not all in one cache line.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class MetricsProbeBench {
    static final int CALLS = 1024;

    @State(Scope.Thread)
    public static class Calls {
        @Param({"off", "on"})
        public String metrics;

        final ProbeSite[] sites = new ProbeSite[64];
        long frameId;
        long hash = 1;
        private HerthonMetrics bound;

        @Setup(Level.Trial)
        public void setUp() {
            for (int i = 0; i < sites.length; i++) {
                sites[i] = new ProbeSite("bench.py", "function_" + i, "bench", 10 * i + 1);
            }
            if (metrics.equals("on")) {
                bound = HerthonMetrics.builder().build();
                bound.bindTo(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() throws Exception {
            if (bound != null) {
                bound.close();
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public long entryAndReturn(Calls state) {
        long hash = state.hash;
        ProbeSite[] sites = state.sites;
        for (int i = 0; i < CALLS; i++) {
            ProbeSite site = sites[i & 63];
            long frameId = ++state.frameId;
            if (Probes.functionEntryEnabled()) {
                Probes.functionEntry(site, site.firstLine(), frameId);
            }
            hash = (hash ^ frameId) * 0x9E3779B97F4A7C15L;   // the call's own work
            hash ^= hash >>> 29;
            if (Probes.functionReturnEnabled()) {
                Probes.functionReturn(site, site.firstLine() + 1, frameId);
            }
        }
        state.hash = hash;
        return hash;
    }
}
