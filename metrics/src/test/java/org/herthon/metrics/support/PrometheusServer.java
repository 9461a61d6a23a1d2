package org.herthon.metrics.support;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.herthon.bridge.support.RequiredTool;

/**
 * A real Prometheus server (Debian's {@code prometheus}) on loopback, with its data in a temporary
 * folder, scraping one target every second; queried through its HTTP API.
 */
public final class PrometheusServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PrometheusServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts Prometheus scraping {@code 127.0.0.1:targetPort} as job {@code job}, and waits until it is ready. */
    public static PrometheusServer start(Path directory, String job, int targetPort) throws Exception {
        Path prometheus = RequiredTool.onPath("prometheus");
        Path config = directory.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                scrape_configs:
                  - job_name: %s
                    static_configs:
                      - targets: ["127.0.0.1:%d"]
                """.formatted(job, targetPort));
        int port = freePort();
        Path log = directory.resolve("prometheus.log");
        Process process = new ProcessBuilder(prometheus.toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + Files.createDirectories(directory.resolve("prometheus-data")),
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PrometheusServer server = new PrometheusServer(process, port, log);
        server.await("Prometheus ready", () -> server.get("/-/ready").statusCode() == 200);
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The result vector of an instant query (fails on a query Prometheus rejects). */
    public List<JsonNode> query(String promql) throws Exception {
        HttpResponse<String> response = get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        JsonNode body = JSON.readTree(response.body());
        if (!"success".equals(body.path("status").asText())) {
            fail("Prometheus refused " + promql + ": " + response.body());
        }
        JsonNode result = body.path("data").path("result");
        List<JsonNode> series = new java.util.ArrayList<>();
        result.forEach(series::add);
        return series;
    }

    /** The value of a query that returns one series. */
    public double value(String promql) throws Exception {
        List<JsonNode> series = query(promql);
        if (series.size() != 1) {
            fail(promql + " returned " + series.size() + " series: " + series);
        }
        return Double.parseDouble(series.get(0).path("value").get(1).asText());
    }

    /** Waits (up to 2 minutes) until {@code condition} holds. */
    public void await(String what, Check condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) {
            try {
                if (condition.holds()) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!process.isAlive()) {
                fail("prometheus ended before " + what + ": " + Files.readString(log));
            }
            if (System.nanoTime() > deadline) {
                fail("no " + what + " within 2 minutes; prometheus log: " + Files.readString(log));
            }
            Thread.sleep(200);
        }
    }

    /** A condition polled by {@link #await}. */
    public interface Check {
        boolean holds() throws Exception;
    }

    /** Holds once a query returns a series satisfying {@code test}. */
    public Check seriesMatch(String promql, Predicate<List<JsonNode>> test) {
        return () -> test.test(query(promql));
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
