package org.herthon.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.herthon.bridge.JvmCollection;
import org.herthon.bridge.Marker;
import org.herthon.bridge.ProbeSite;
import org.herthon.bridge.sink.ProbeSink;

/**
 * The probe sink behind {@link HerthonMetrics}. It records into its own statistics from the moment
 * it is registered; {@link #bindTo} makes Micrometer meters over them. The hot path (function entry
 * and return) touches only the site's own statistics, found on the site ({@link ProbeSite#data}),
 * and this thread's frame timer: no lookup by name, no Micrometer call unless histograms are on.
 */
final class MetricsSink implements ProbeSink {
    private static final Set<Marker> WANTED = EnumSet.of(Marker.FUNCTION_ENTRY, Marker.FUNCTION_RETURN,
            Marker.GC_START, Marker.GC_DONE, Marker.IMPORT_FIND_LOAD_START, Marker.IMPORT_FIND_LOAD_DONE, Marker.AUDIT);
    private static final Set<Marker> OBSERVED = EnumSet.of(Marker.LINE);

    private final boolean histograms;
    private final ProbeSite.Key<CallStats> siteStats = new ProbeSite.Key<>("metrics call stats");
    private final ThreadLocal<FrameTimer> frameTimers;
    private final ThreadLocal<PerThread> perThread = ThreadLocal.withInitial(PerThread::new);
    private volatile MeterRegistry registry;

    final TopSeries functions;
    private final TopSeries auditEvents;
    private final Meters.DurationStats[] collections = {new Meters.DurationStats(), new Meters.DurationStats(), new Meters.DurationStats()};
    private final LongAdder collected = new LongAdder();
    private final Meters.DurationStats importsFound = new Meters.DurationStats();
    private final Meters.DurationStats importsNotFound = new Meters.DurationStats();
    private final LongAdder lines = new LongAdder();

    MetricsSink(HerthonMetrics.Builder options) {
        this.histograms = options.percentileHistograms;
        int timeEvery = options.timeEvery;
        this.frameTimers = ThreadLocal.withInitial(() -> new FrameTimer(timeEvery));
        this.functions = new TopSeries(options.topFunctions, new CallStats(HerthonMetrics.OTHER, HerthonMetrics.OTHER),
                stats -> Meters.function(registry, stats, histograms));
        this.auditEvents = new TopSeries(options.topAuditEvents, new CallStats(HerthonMetrics.OTHER, HerthonMetrics.OTHER),
                stats -> Meters.auditEvent(registry, stats));
    }

    /** Makes the meters in {@code registry}; series for functions and events are made as they are admitted. */
    void bindTo(MeterRegistry registry) {
        this.registry = registry;
        Meters.function(registry, functions.other, histograms);
        Meters.auditEvent(registry, auditEvents.other);
        for (int generation = 0; generation < collections.length; generation++) {
            Meters.collections(registry, generation, collections[generation]);
        }
        Meters.collected(registry, collected);
        Meters.imports(registry, true, importsFound);
        Meters.imports(registry, false, importsNotFound);
        Meters.lines(registry, lines);
        rebalance();
    }

    /** Admits the busiest functions and events (only once bound: admission makes their meters). */
    void rebalance() {
        if (registry != null) {
            functions.rebalance();
            auditEvents.rebalance();
        }
    }

    @Override
    public Set<Marker> interest() {
        return WANTED;
    }

    @Override
    public Set<Marker> observes() {
        return OBSERVED;
    }

    // ---- Functions: the hot path -------------------------------------------------------------

    private CallStats statsOf(ProbeSite site) {
        return site.data(siteStats, s -> functions.of(s.module(), s.function()));
    }

    @Override
    public void functionEntry(ProbeSite site, int lineno, long frameId) {
        CallStats stats = statsOf(site);
        stats.calls.increment();
        if (!stats.ownSeries) {
            functions.other.calls.increment();
        }
        frameTimers.get().entered(frameId);
    }

    @Override
    public void functionReturn(ProbeSite site, int lineno, long frameId) {
        long nanos = frameTimers.get().returned(frameId);
        if (nanos >= 0) {
            CallStats stats = statsOf(site);
            stats.timed(nanos);
            if (!stats.ownSeries) {
                functions.other.timed(nanos);
            }
        }
    }

    @Override
    public void line(ProbeSite site, int lineno) {
        lines.increment();
    }

    // ---- Collections, imports, audit: rare, so plainer -------------------------------------------

    @Override
    public void gcStart(int generation, JvmCollection jvm) {
        PerThread state = perThread.get();
        state.gcGeneration = Math.max(0, Math.min(2, generation));
        state.gcStartNanos = System.nanoTime();
    }

    @Override
    public void gcDone(long collected, JvmCollection jvm) {
        PerThread state = perThread.get();
        long nanos = jvm.durationNanos() >= 0 ? jvm.durationNanos() : System.nanoTime() - state.gcStartNanos;
        collections[state.gcGeneration].record(nanos);
        if (collected > 0) {
            this.collected.add(collected);
        }
    }

    @Override
    public void importFindLoadStart(String module) {
        perThread.get().imports.push(new OpenImport(module, System.nanoTime()));
    }

    @Override
    public void importFindLoadDone(String module, boolean found) {
        ArrayDeque<OpenImport> open = perThread.get().imports;
        while (!open.isEmpty()) {
            OpenImport started = open.pop();
            if (started.module().equals(module)) {
                (found ? importsFound : importsNotFound).record(System.nanoTime() - started.startNanos());
                return;
            }
        }
    }

    @Override
    public void audit(String event, String args) {
        CallStats stats = auditEvents.of("", event);
        stats.calls.increment();
        if (!stats.ownSeries) {
            auditEvents.other.calls.increment();
        }
    }

    private record OpenImport(String module, long startNanos) {
    }

    /** A thread's open collection and imports, between their start and done markers. */
    private static final class PerThread {
        int gcGeneration;
        long gcStartNanos;
        final ArrayDeque<OpenImport> imports = new ArrayDeque<>();
    }
}
