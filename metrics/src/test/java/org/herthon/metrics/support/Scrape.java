package org.herthon.metrics.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a {@code --metrics-port} endpoint's text format as Prometheus would fetch it. */
public final class Scrape {
    private static final Pattern ANNOUNCED = Pattern.compile("metrics at (http://\\S+/metrics)");

    private final String text;

    private Scrape(String text) {
        this.text = text;
    }

    /** The endpoint that {@code --metrics-port=0} announced on stderr. */
    public static URI announced(String stderr) {
        Matcher matcher = ANNOUNCED.matcher(stderr);
        if (!matcher.find()) {
            throw new AssertionError("no 'metrics at' line on stderr: " + stderr);
        }
        return URI.create(matcher.group(1));
    }

    public static Scrape of(URI endpoint) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + endpoint + ": status " + response.statusCode());
        }
        return new Scrape(response.body());
    }

    public String text() {
        return text;
    }

    /** How many series of {@code metric} (a Prometheus name such as herthon_function_calls_total) the scrape has. */
    public long seriesCount(String metric) {
        return text.lines().filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " ")).count();
    }

    /** The sum of the values of every series of {@code metric}. */
    public double sum(String metric) {
        return text.lines().filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
