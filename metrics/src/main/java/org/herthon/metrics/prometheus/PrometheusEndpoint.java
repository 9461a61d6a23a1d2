package org.herthon.metrics.prometheus;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.herthon.metrics.HerthonMetrics;

/**
 * Serves Prometheus' text format at {@code http://HOST:PORT/metrics}: the Herthon meters and the
 * JVM's (memory, GC, threads, class loading, CPU, uptime), from one Micrometer Prometheus registry.
 * The JDK's own HTTP server, on one daemon thread: nothing to add to the class path, nothing that
 * keeps the process alive after the program ends.
 */
public final class PrometheusEndpoint implements AutoCloseable {
    private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final HerthonMetrics metrics;
    private volatile PrometheusMeterRegistry registry;

    private PrometheusEndpoint(HttpServer server, HerthonMetrics metrics) {
        this.server = server;
        this.metrics = metrics;
    }

    /** How long after start the registry is set up if no scrape asked for it before. */
    private static final long SET_UP_DELAY_MILLIS = 1000;

    /**
     * Binds the address (so a port in use fails here, before any program runs), starts counting and
     * serving. Micrometer's registry and the JVM binders (a few hundred milliseconds of class loading
     * and JMX set-up) are made at the first scrape or a second after start, whichever comes first: a
     * short run never pays for them, a long one has them before anyone looks. The Herthon meters
     * count from the start either way; the JVM's GC pause timers see the pauses after their set-up.
     *
     * @throws IOException when the address cannot be bound
     */
    public static PrometheusEndpoint start(InetSocketAddress address, HerthonMetrics metrics) throws IOException {
        HttpServer server = HttpServer.create(address, 16);
        metrics.start();
        PrometheusEndpoint endpoint = new PrometheusEndpoint(server, metrics);
        server.createContext("/metrics", endpoint::scrape);
        server.createContext("/", PrometheusEndpoint::notFound);
        server.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "herthon-metrics-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        Thread setUp = new Thread(() -> {
            try {
                Thread.sleep(SET_UP_DELAY_MILLIS);
                endpoint.registry();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, "herthon-metrics-setup");
        setUp.setDaemon(true);
        setUp.start();
        return endpoint;
    }

    private synchronized PrometheusMeterRegistry registry() {
        if (registry != null) {
            return registry;
        }
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        metrics.bindTo(registry);
        this.registry = registry;
        return registry;
    }

    /** The address actually bound (the port picked, for port 0). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    private void scrape(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            PrometheusMeterRegistry registry = registry();
            metrics.refresh();
            byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = "Herthon metrics are at /metrics\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() throws Exception {
        server.stop(0);
        metrics.close();
    }
}
