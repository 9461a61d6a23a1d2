package org.herthon.metrics.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.herthon.bridge.support.ProjectPaths;

/** The Grafana dashboards of {@code dashboards/}, read as Grafana reads them. */
public final class Dashboards {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Dashboards() {
    }

    /** Every dashboard JSON file of the dashboards folder. */
    public static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(ProjectPaths.root().resolve("dashboards"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }

    public static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    /** One query of one panel. */
    public record Target(String dashboard, String panel, String refId, String expr) {
        /**
         * The expression as Grafana sends it to Prometheus: template variables and Grafana's
         * {@code $__rate_interval} replaced by the given values.
         */
        public String promql(String job, String instance, String rateInterval) {
            return expr.replace("$__rate_interval", rateInterval).replace("$__interval", rateInterval)
                    .replace("$job", job).replace("$instance", instance);
        }

        @Override
        public String toString() {
            return dashboard + " / " + panel + " / " + refId;
        }
    }

    /** Every target of every panel of every dashboard. */
    public static List<Target> targets() throws IOException {
        List<Target> targets = new ArrayList<>();
        for (Path file : files()) {
            JsonNode dashboard = read(file);
            for (JsonNode panel : dashboard.path("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    targets.add(new Target(dashboard.path("title").asText(), panel.path("title").asText(),
                            target.path("refId").asText(), target.path("expr").asText()));
                }
            }
        }
        return targets;
    }
}
