package org.herthon.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herthon.metrics.support.Dashboards;
import org.junit.jupiter.api.Test;

/** Check 4: the dashboards are well formed for Grafana, and not tied to one Prometheus. */
class DashboardJsonTest {
    private static final String DATASOURCE = "${datasource}";

    @Test
    void panelsHaveUniqueIdsAndFitTheGridWithoutOverlap() throws Exception {
        assertFalse(Dashboards.files().isEmpty(), "dashboards/ has a dashboard");
        for (Path file : Dashboards.files()) {
            JsonNode dashboard = Dashboards.read(file);
            Set<Integer> ids = new HashSet<>();
            List<int[]> boxes = new ArrayList<>();
            for (JsonNode panel : dashboard.path("panels")) {
                String name = file.getFileName() + " panel " + panel.path("title").asText();
                assertTrue(ids.add(panel.path("id").asInt(-1)), name + ": duplicate or missing id");
                JsonNode grid = panel.path("gridPos");
                int x = grid.path("x").asInt(-1), y = grid.path("y").asInt(-1), w = grid.path("w").asInt(0), h = grid.path("h").asInt(0);
                assertTrue(x >= 0 && y >= 0 && w > 0 && h > 0, name + ": gridPos " + grid);
                assertTrue(x + w <= 24, name + ": wider than Grafana's 24 columns");
                for (int[] other : boxes) {
                    boolean apart = x + w <= other[0] || other[0] + other[2] <= x || y + h <= other[1] || other[1] + other[3] <= y;
                    assertTrue(apart, name + " overlaps another panel");
                }
                boxes.add(new int[] {x, y, w, h});
            }
        }
    }

    @Test
    void everyQueryUsesTheDatasourceVariable() throws Exception {
        for (Path file : Dashboards.files()) {
            JsonNode dashboard = Dashboards.read(file);
            Set<String> variables = new HashSet<>();
            for (JsonNode variable : dashboard.path("templating").path("list")) {
                variables.add(variable.path("name").asText());
                if (variable.path("name").asText().equals("datasource")) {
                    assertEquals("datasource", variable.path("type").asText());
                    assertEquals("prometheus", variable.path("query").asText());
                }
            }
            assertTrue(variables.containsAll(Set.of("datasource", "job", "instance")), file + " variables: " + variables);
            for (JsonNode panel : dashboard.path("panels")) {
                String name = file.getFileName() + " panel " + panel.path("title").asText();
                assertEquals(DATASOURCE, panel.path("datasource").path("uid").asText(), name);
                assertTrue(panel.path("targets").size() > 0, name + " has queries");
                for (JsonNode target : panel.path("targets")) {
                    assertEquals(DATASOURCE, target.path("datasource").path("uid").asText(), name + " " + target.path("refId"));
                    String expr = target.path("expr").asText();
                    assertTrue(expr.contains("$job") && expr.contains("$instance"), name + " filters by $job and $instance: " + expr);
                }
            }
        }
    }
}
