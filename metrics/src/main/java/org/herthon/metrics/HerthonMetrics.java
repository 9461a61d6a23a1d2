package org.herthon.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
 * Functions and audit events are bounded: the {@link MetricsOptions#topFunctions(int) N} busiest get a
 * series of their own, all others are counted under {@code function="other"} (see {@link TopSeries}).
 * {@code docs/metrics.md} is the user's version of this table.
 */
public final class HerthonMetrics implements MeterBinder, AutoCloseable {
    /** The tag value that stands for every function or audit event without a series of its own. */
    public static final String OTHER = "other";

    private final MetricsOptions options;
    private volatile MetricsSink sink;
    private ScheduledExecutorService rebalancer;

    HerthonMetrics(MetricsOptions options, MetricsSink running) {
        this.options = options;
        this.sink = running;
    }

    /** What to measure and how many series to allow; {@code build()} makes the binder. */
    public static MetricsOptions builder() {
        return new MetricsOptions();
    }

    /**
     * Meters over a sink that already counts ({@link MetricsSink#start}): what
     * {@code herthon --metrics-port} does, so the program's first calls are counted while
     * Micrometer's registry is set up off the start-up path.
     */
    public static HerthonMetrics of(MetricsSink running) {
        return new HerthonMetrics(running.options(), running);
    }

    /** Starts counting now, before any registry is bound ({@link #bindTo} starts it too). */
    public synchronized HerthonMetrics start() {
        if (sink == null) {
            sink = MetricsSink.start(options);
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
        if (sink != null) {
            sink.stop();
        }
        if (rebalancer != null) {
            rebalancer.shutdownNow();
        }
    }
}
