package org.herthon.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.herthon.bridge.JvmCollection;
import org.herthon.bridge.Marker;
import org.herthon.bridge.ProbeSite;
import org.herthon.bridge.sink.ProbeSink;

/**
 * The probe sink behind {@link HerthonMetrics}. The hot path (function entry and return) touches
 * only the site's own statistics, found on the site ({@link ProbeSite#data}), and this thread's
 * frame timer: no lookup by name, no Micrometer call unless histograms are on.
 */
final class MetricsSink implements ProbeSink {
    private static final Set<Marker> WANTED = EnumSet.of(Marker.FUNCTION_ENTRY, Marker.FUNCTION_RETURN,
            Marker.GC_START, Marker.GC_DONE, Marker.IMPORT_FIND_LOAD_START, Marker.IMPORT_FIND_LOAD_DONE, Marker.AUDIT);
    private static final Set<Marker> OBSERVED = EnumSet.of(Marker.LINE);

    private final MeterRegistry registry;
    private final boolean histograms;
    private final ProbeSite.Key<CallStats> siteStats = new ProbeSite.Key<>("metrics call stats");
    private final ThreadLocal<FrameTimer> frameTimers;
    private final ThreadLocal<PerThread> perThread = ThreadLocal.withInitial(PerThread::new);

    final TopSeries functions;
    private final TopSeries auditEvents;
    private final Counter[] gcCollections = new Counter[3];
    private final Timer[] gcDurations = new Timer[3];
    private final Counter gcCollected;
    private final Timer importsFound;
    private final Timer importsNotFound;
    private final LongAdder lines = new LongAdder();

    MetricsSink(MeterRegistry registry, HerthonMetrics.Builder options) {
        this.registry = registry;
        this.histograms = options.percentileHistograms;
        int timeEvery = options.timeEvery;
        this.frameTimers = ThreadLocal.withInitial(() -> new FrameTimer(timeEvery));
        this.functions = new TopSeries(options.topFunctions, new CallStats(HerthonMetrics.OTHER, HerthonMetrics.OTHER),
                stats -> HerthonMetrics.registerFunctionSeries(registry, stats, histograms));
        HerthonMetrics.registerFunctionSeries(registry, functions.other, histograms);
        this.auditEvents = new TopSeries(options.topAuditEvents, new CallStats(HerthonMetrics.OTHER, HerthonMetrics.OTHER),
                stats -> HerthonMetrics.registerAuditSeries(registry, stats));
        HerthonMetrics.registerAuditSeries(registry, auditEvents.other);
        for (int generation = 0; generation < 3; generation++) {
            gcCollections[generation] = HerthonMetrics.gcCollections(registry, generation);
            gcDurations[generation] = Timer.builder(HerthonMetrics.GC_DURATION).tag("generation", Integer.toString(generation))
                    .description("Duration of Herthon garbage collections").register(registry);
        }
        gcCollected = Counter.builder(HerthonMetrics.GC_COLLECTED)
                .description("Herthon objects reclaimed by collections").register(registry);
        importsFound = importTimer(true);
        importsNotFound = importTimer(false);
        FunctionCounter.builder(HerthonMetrics.LINES, lines, LongAdder::sum)
                .description("Line events, counted while line probes are on for a tracer or a recording")
                .register(registry);
    }

    private Timer importTimer(boolean found) {
        return Timer.builder(HerthonMetrics.IMPORTS).tag("found", Boolean.toString(found))
                .description("Finding and loading a module not yet in sys.modules").register(registry);
    }

    void rebalance() {
        functions.rebalance();
        auditEvents.rebalance();
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
        int generation = state.gcGeneration;
        long nanos = jvm.durationNanos() >= 0 ? jvm.durationNanos() : System.nanoTime() - state.gcStartNanos;
        gcCollections[generation].increment();
        gcDurations[generation].record(nanos, TimeUnit.NANOSECONDS);
        if (collected > 0) {
            gcCollected.increment(collected);
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
                (found ? importsFound : importsNotFound).record(System.nanoTime() - started.startNanos(), TimeUnit.NANOSECONDS);
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
