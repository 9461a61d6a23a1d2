package org.herthon.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The meter names, written once, and how each is registered over the statistics the sink keeps.
 * The sink records into plain adders from the moment it starts; these meters read them when the
 * registry publishes, so a registry bound later (off the start-up path) still sees every call.
 */
final class Meters {
    static final String FUNCTION_CALLS = "herthon.function.calls";
    static final String FUNCTION_DURATION = "herthon.function.duration";
    static final String GC_COLLECTIONS = "herthon.gc.collections";
    static final String GC_COLLECTED = "herthon.gc.collected";
    static final String GC_DURATION = "herthon.gc.duration";
    static final String IMPORTS = "herthon.imports";
    static final String AUDIT_EVENTS = "herthon.audit.events";
    static final String LINES = "herthon.lines";

    private Meters() {
    }

    static void function(MeterRegistry registry, CallStats stats, boolean histograms) {
        FunctionCounter.builder(FUNCTION_CALLS, stats, CallStats::callCount)
                .tags("module", stats.module, "function", stats.name)
                .description("Herthon frames entered (calls and generator resumptions)")
                .register(registry);
        if (histograms) {
            stats.histogram = Timer.builder(FUNCTION_DURATION)
                    .tags("module", stats.module, "function", stats.name)
                    .description("Time from a Herthon frame's entry to its return (a sample of the calls)")
                    .publishPercentileHistogram()
                    .register(registry);
        } else {
            FunctionTimer.builder(FUNCTION_DURATION, stats, s -> (long) s.callCount(), CallStats::estimatedTotalNanos, TimeUnit.NANOSECONDS)
                    .tags("module", stats.module, "function", stats.name)
                    .description("Time from a Herthon frame's entry to its return (total estimated from a sample of the calls)")
                    .register(registry);
        }
    }

    static void auditEvent(MeterRegistry registry, CallStats stats) {
        FunctionCounter.builder(AUDIT_EVENTS, stats, CallStats::callCount)
                .tags("event", stats.name)
                .description("Audit events raised (sys.audit and the runtime's own)")
                .register(registry);
    }

    static void collections(MeterRegistry registry, int generation, DurationStats stats) {
        String tag = Integer.toString(generation);
        FunctionCounter.builder(GC_COLLECTIONS, stats, DurationStats::count).tag("generation", tag)
                .description("Herthon garbage collections (explicit gc.collect() and the JVM's own)")
                .register(registry);
        FunctionTimer.builder(GC_DURATION, stats, s -> (long) s.count(), DurationStats::totalNanos, TimeUnit.NANOSECONDS)
                .tag("generation", tag).description("Duration of Herthon garbage collections")
                .register(registry);
    }

    static void collected(MeterRegistry registry, LongAdder collected) {
        FunctionCounter.builder(GC_COLLECTED, collected, LongAdder::sum)
                .description("Herthon objects reclaimed by collections").register(registry);
    }

    static void imports(MeterRegistry registry, boolean found, DurationStats stats) {
        FunctionTimer.builder(IMPORTS, stats, s -> (long) s.count(), DurationStats::totalNanos, TimeUnit.NANOSECONDS)
                .tag("found", Boolean.toString(found))
                .description("Finding and loading a module not yet in sys.modules")
                .register(registry);
    }

    static void lines(MeterRegistry registry, LongAdder lines) {
        FunctionCounter.builder(LINES, lines, LongAdder::sum)
                .description("Line events, counted while line probes are on for a tracer or a recording")
                .register(registry);
    }

    /** A count and a total time, for events rarer than calls (collections, imports). */
    static final class DurationStats {
        private final LongAdder count = new LongAdder();
        private final LongAdder nanos = new LongAdder();

        void record(long durationNanos) {
            count.increment();
            nanos.add(Math.max(0, durationNanos));
        }

        double count() {
            return count.sum();
        }

        double totalNanos() {
            return nanos.sum();
        }
    }
}
