package org.herthon.metrics.prometheus;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.Supplier;
import org.herthon.metrics.HerthonMetrics;
import org.herthon.metrics.MetricsSink;

/** Micrometer's Prometheus registry with the Herthon meters over a counting sink, and the JVM's meters beside them. */
final class PrometheusRegistry implements Supplier<String> {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final HerthonMetrics metrics;

    private PrometheusRegistry(MetricsSink counting) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        metrics = HerthonMetrics.of(counting);
        metrics.bindTo(registry);
    }

    static Supplier<String> over(MetricsSink counting) {
        return new PrometheusRegistry(counting);
    }

    /** One scrape: the busiest functions get their series first. */
    @Override
    public String get() {
        metrics.refresh();
        return registry.scrape();
    }
}
