package org.herthon.metrics;

/**
 * What {@link HerthonMetrics} measures and how many series it allows. Free of Micrometer, so
 * {@code herthon --metrics-port} can start counting before Micrometer's classes are loaded.
 */
public final class MetricsOptions {
    int topFunctions = 100;
    int topAuditEvents = 100;
    boolean percentileHistograms;
    int timeEvery = 16;

    MetricsOptions() {
    }

    /**
     * What {@code herthon --metrics-port} uses: the defaults with latency histograms on (the
     * dashboard's p50/p99 panels need them), overridden by the system properties
     * {@code herthon.metrics.functions}, {@code herthon.metrics.audit-events},
     * {@code herthon.metrics.histograms} and {@code herthon.metrics.time-every} (docs/metrics.md).
     */
    public static MetricsOptions fromSystemProperties() {
        MetricsOptions options = new MetricsOptions();
        options.percentileHistograms = true;
        options.topFunctions(Integer.getInteger("herthon.metrics.functions", options.topFunctions));
        options.topAuditEvents(Integer.getInteger("herthon.metrics.audit-events", options.topAuditEvents));
        options.percentileHistograms(Boolean.parseBoolean(System.getProperty("herthon.metrics.histograms", "true")));
        options.timeEvery(Integer.getInteger("herthon.metrics.time-every", options.timeEvery));
        return options;
    }

    /** Functions with a series of their own (the busiest); all others are {@code function="other"}. Default 100. */
    public MetricsOptions topFunctions(int n) {
        this.topFunctions = requirePositive(n, "topFunctions");
        return this;
    }

    /** Audit events with a series of their own; all others are {@code event="other"}. Default 100. */
    public MetricsOptions topAuditEvents(int n) {
        this.topAuditEvents = requirePositive(n, "topAuditEvents");
        return this;
    }

    /**
     * Publish {@code herthon.function.duration} as a latency histogram (22 buckets from 1 us to 10 s,
     * for p50/p99 in Grafana). Default off here, on for {@code herthon --metrics-port}.
     */
    public MetricsOptions percentileHistograms(boolean on) {
        this.percentileHistograms = on;
        return this;
    }

    /** Time one call in {@code n} on each thread (1: every call). Default 16. */
    public MetricsOptions timeEvery(int n) {
        this.timeEvery = requirePositive(n, "timeEvery");
        return this;
    }

    /** The binder, not yet counting: {@code bindTo(registry)} starts it. */
    public HerthonMetrics build() {
        return new HerthonMetrics(this, null);
    }

    private static int requirePositive(int n, String what) {
        if (n < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, not " + n);
        }
        return n;
    }
}
