package org.herthon.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Bounds the number of series of a tagged meter: the {@code limit} keys with the most calls get a
 * series of their own; every other key is counted in one {@code other} series.
 *
 * <p>Admission is sticky and ranked. At each {@link #rebalance()} (before each scrape and once a
 * second) the free places go to the keys with the most calls so far; a key that has a series
 * keeps it (a series that comes and goes is worse for Prometheus than one that stays). A key's
 * series counts all of its calls, also those made before it had one; "other" counts the calls of
 * keys while they had no series of their own. So rates add up exactly; absolute totals may count a
 * key's first calls twice, in "other" and in its own series.
 */
final class TopSeries {
    private final int limit;
    private final ConcurrentHashMap<Key, CallStats> byKey = new ConcurrentHashMap<>();
    private final List<CallStats> admitted = new ArrayList<>();
    private final Consumer<CallStats> onAdmit;
    final CallStats other;

    /**
     * Equality written out: a record's generated {@code equals} and {@code hashCode} are bound at
     * their first call through method handles, which costs milliseconds of every start-up.
     */
    record Key(String module, String name) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && module.equals(key.module) && name.equals(key.name);
        }

        @Override
        public int hashCode() {
            return 31 * module.hashCode() + name.hashCode();
        }
    }

    TopSeries(int limit, CallStats other, Consumer<CallStats> onAdmit) {
        this.limit = limit;
        this.other = other;
        this.onAdmit = onAdmit;
    }

    /** The statistics of a key; a map lookup, so callers keep the result (per probe site). */
    CallStats of(String module, String name) {
        return byKey.computeIfAbsent(new Key(module, name), key -> new CallStats(key.module(), key.name()));
    }

    /** Gives free places to the busiest keys that have none. */
    synchronized void rebalance() {
        int free = limit - admitted.size();
        if (free <= 0) {
            return;
        }
        List<CallStats> waiting = new ArrayList<>();
        for (CallStats stats : byKey.values()) {
            if (!stats.ownSeries && stats.calls.sum() > 0) {
                waiting.add(stats);
            }
        }
        waiting.sort(Comparator.comparingLong((CallStats stats) -> stats.calls.sum()).reversed());
        for (CallStats stats : waiting.subList(0, Math.min(free, waiting.size()))) {
            onAdmit.accept(stats);
            stats.ownSeries = true;
            admitted.add(stats);
        }
    }

    synchronized int seriesCount() {
        return admitted.size() + 1;
    }
}
