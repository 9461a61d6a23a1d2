package org.herthon.metrics.prometheus;

import java.util.function.Supplier;
import org.herthon.metrics.MetricsSink;

/**
 * What {@code /metrics} answers: Micrometer's Prometheus registry with the Herthon meters and the
 * JVM's ({@link PrometheusRegistry}). It is made at the first scrape or {@link #SET_UP_DELAY_MILLIS}
 * after start, whichever comes first: a few hundred milliseconds of class loading and JMX set-up
 * that a short run never pays, and that a long one has done before anyone looks. The Herthon
 * meters count from the start either way ({@link MetricsSink}); the JVM's GC pause timers see the
 * pauses after their set-up. This class names no Micrometer type, so loading it loads none.
 */
final class PrometheusEndpoint {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    static final long SET_UP_DELAY_MILLIS = 1000;

    private final MetricsSink counting;
    private Supplier<String> registry;

    PrometheusEndpoint(MetricsSink counting) {
        this.counting = counting;
    }

    /** Sets the registry up a little after start, on a daemon thread, unless a scrape did it first. */
    void setUpSoon() {
        Thread setUp = new Thread(() -> {
            try {
                Thread.sleep(SET_UP_DELAY_MILLIS);
                registry();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, "herthon-metrics-setup");
        setUp.setDaemon(true);
        setUp.start();
    }

    private synchronized Supplier<String> registry() {
        if (registry == null) {
            registry = PrometheusRegistry.over(counting);
        }
        return registry;
    }

    /** The text of one scrape. */
    String scrape() {
        return registry().get();
    }
}
