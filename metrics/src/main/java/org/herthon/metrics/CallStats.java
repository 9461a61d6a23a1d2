package org.herthon.metrics;

import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the hot path records for one series key (one function, one audit event, or "other"):
 * plain adders, read by Micrometer only when it publishes. Micrometer's own meters are made for
 * the keys that get a series of their own ({@link TopSeries}), and read these.
 */
final class CallStats {
    final String module;
    final String name;

    final LongAdder calls = new LongAdder();
    final LongAdder timedCalls = new LongAdder();
    final LongAdder timedNanos = new LongAdder();

    /** Set when the key got its own series; then {@link #histogram} is set too if histograms are on. */
    volatile boolean ownSeries;
    volatile Timer histogram;

    CallStats(String module, String name) {
        this.module = module;
        this.name = name;
    }

    void timed(long nanos) {
        timedCalls.increment();
        timedNanos.add(nanos);
        Timer timer = histogram;
        if (timer != null) {
            timer.record(nanos, TimeUnit.NANOSECONDS);
        }
    }

    double callCount() {
        return calls.sum();
    }

    /**
     * Total time in the calls, estimated from the timed sample: the mean of the timed calls times
     * the number of calls (exact when every call is timed).
     */
    double estimatedTotalNanos() {
        long timed = timedCalls.sum();
        return timed == 0 ? 0 : timedNanos.sum() * (calls.sum() / (double) timed);
    }
}
