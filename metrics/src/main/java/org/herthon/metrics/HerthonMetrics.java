package org.herthon.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.herthon.bridge.Probes;

/**
 * Herthon's meters, fed only by the probe hook (a {@link org.herthon.bridge.sink.ProbeSink}): no
 * second instrumentation path. Bind it to any {@link MeterRegistry}:
 * <pre>{@code
 * HerthonMetrics metrics = HerthonMetrics.builder().topFunctions(50).build();
 * metrics.bindTo(registry);   // from now on every Herthon function call is counted
 * ...
 * metrics.close();            // stops feeding the meters
 * }</pre>
 *
 * <table>
 * <caption>Meters (Prometheus names in brackets)</caption>
 * <tr><td>{@code herthon.function.calls} {@code module}, {@code function}</td><td>counter: frame entries (a generator
 *   resumption is one) [{@code herthon_function_calls_total}]</td></tr>
 * <tr><td>{@code herthon.function.duration} {@code module}, {@code function}</td><td>timer: time from entry to
 *   return; count exact, total estimated from a sample of the calls; percentile histogram on request
 *   [{@code herthon_function_duration_seconds_*}]</td></tr>
 * <tr><td>{@code herthon.gc.collections} {@code generation}</td><td>counter of Herthon collections</td></tr>
 * <tr><td>{@code herthon.gc.collected}</td><td>counter of Herthon objects collections reclaimed</td></tr>
 * <tr><td>{@code herthon.gc.duration} {@code generation}</td><td>timer of collections</td></tr>
 * <tr><td>{@code herthon.imports} {@code found}</td><td>timer of module find-and-loads</td></tr>
 * <tr><td>{@code herthon.audit.events} {@code event}</td><td>counter of audit events</td></tr>
 * <tr><td>{@code herthon.lines}</td><td>counter of line events, counted only while line probes are on
 *   for another listener (a tracer or a recording): metrics never turn them on</td></tr>
 * </table>
 * Functions and audit events are bounded: the {@link Builder#topFunctions(int) N} busiest get a
 * series of their own, all others are counted under {@code function="other"} (see {@link TopSeries}).
 * {@code docs/metrics.md} is the user's version of this table.
 */
public final class HerthonMetrics implements MeterBinder, AutoCloseable {
    /** The tag value that stands for every function or audit event without a series of its own. */
    public static final String OTHER = "other";

    private final Builder options;
    private volatile MetricsSink sink;
    private AutoCloseable registration;
    private ScheduledExecutorService rebalancer;

    private HerthonMetrics(Builder options) {
        this.options = options;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults, overridden by system properties ({@code herthon.metrics.functions}, ...), as {@code herthon --metrics-port} uses them. */
    public static HerthonMetrics fromSystemProperties() {
        Builder builder = builder();
        builder.topFunctions(Integer.getInteger("herthon.metrics.functions", builder.topFunctions));
        builder.topAuditEvents(Integer.getInteger("herthon.metrics.audit-events", builder.topAuditEvents));
        builder.percentileHistograms(Boolean.getBoolean("herthon.metrics.histograms"));
        builder.timeEvery(Integer.getInteger("herthon.metrics.time-every", builder.timeEvery));
        return builder.build();
    }

    /**
     * Starts counting (registers the probe sink), before any registry is bound: what
     * {@code herthon --metrics-port} does first, so the program's first calls are counted while the
     * registry is set up off the start-up path. {@link #bindTo} starts counting too if this was not called.
     */
    public synchronized HerthonMetrics start() {
        if (sink == null) {
            sink = new MetricsSink(options);
            registration = Probes.register(sink);
        }
        return this;
    }

    /** Makes the meters in {@code registry} (one registry per HerthonMetrics), counting everything since {@link #start}. */
    @Override
    public synchronized void bindTo(MeterRegistry registry) {
        if (rebalancer != null) {
            throw new IllegalStateException("HerthonMetrics is already bound; make one per registry");
        }
        start();
        sink.bindTo(registry);
        rebalancer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "herthon-metrics");
            thread.setDaemon(true);
            return thread;
        });
        rebalancer.scheduleWithFixedDelay(this::refresh, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Gives series to the busiest functions and audit events that have none yet (while places are
     * free). Runs once a second; an endpoint calls it before each scrape so a scrape sees them.
     */
    public void refresh() {
        MetricsSink current = sink;
        if (current != null) {
            current.rebalance();
        }
    }

    /** How many series {@code herthon.function.calls} has now (at most topFunctions + 1). */
    public int functionSeries() {
        MetricsSink current = sink;
        return current == null ? 0 : current.functions.seriesCount();
    }

    /** Stops feeding the meters (they stay in the registry with their last values). */
    @Override
    public synchronized void close() throws Exception {
        if (registration != null) {
            registration.close();
            registration = null;
        }
        if (rebalancer != null) {
            rebalancer.shutdownNow();
        }
    }

    /** What to measure and how many series to allow. */
    public static final class Builder {
        int topFunctions = 100;
        int topAuditEvents = 100;
        boolean percentileHistograms;
        int timeEvery = 16;

        private Builder() {
        }

        /** Functions with a series of their own (the busiest); all others are {@code function="other"}. Default 100. */
        public Builder topFunctions(int n) {
            this.topFunctions = requirePositive(n, "topFunctions");
            return this;
        }

        /** Audit events with a series of their own; all others are {@code event="other"}. Default 100. */
        public Builder topAuditEvents(int n) {
            this.topAuditEvents = requirePositive(n, "topAuditEvents");
            return this;
        }

        /** Publish {@code herthon.function.duration} as a percentile histogram (for p50/p99 in Grafana). Default off. */
        public Builder percentileHistograms(boolean on) {
            this.percentileHistograms = on;
            return this;
        }

        /** Time one call in {@code n} on each thread (1: every call). Default 16. */
        public Builder timeEvery(int n) {
            this.timeEvery = requirePositive(n, "timeEvery");
            return this;
        }

        public HerthonMetrics build() {
            return new HerthonMetrics(this);
        }

        private static int requirePositive(int n, String what) {
            if (n < 1) {
                throw new IllegalArgumentException(what + " must be at least 1, not " + n);
            }
            return n;
        }
    }
}
