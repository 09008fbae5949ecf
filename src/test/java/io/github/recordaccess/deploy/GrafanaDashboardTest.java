package io.github.recordaccess.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard (deploy/grafana), checked statically: it queries only metrics the service
 * exports, through the datasource the importer picks, and draws the 50% action-plan line.
 */
class GrafanaDashboardTest {

    private static final Path DASHBOARD = Manifests.DEPLOY.resolve("grafana/record-access-dashboard.json");

    /** The metrics the service exports at /q/metrics that the dashboard may use (README "Observability"). */
    private static final Set<String> EXPORTED = Set.of(
            "practice_excluded_percent",
            "practice_patients",
            "practice_action_plan_required",
            "snapshot_age_seconds",
            "practice_evaluations_seconds_count",
            "practice_evaluations_seconds_sum",
            "practice_evaluations_seconds_bucket",
            "http_server_requests_seconds_count",
            "http_server_requests_seconds_sum",
            "http_server_requests_seconds_bucket");

    private static final Set<String> PROMQL_KEYWORDS =
            Set.of("and", "or", "unless", "bool", "offset", "inf", "nan", "by", "without", "on", "ignoring");

    private static JsonNode dashboard;

    @BeforeAll
    static void parse() throws IOException {
        dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
    }

    @Test
    void itIsADashboardWithPanelsAndQueries() {
        List<JsonNode> panels = panels();
        Set<Integer> ids = new TreeSet<>();
        panels.forEach(p -> ids.add(p.get("id").asInt()));

        assertThat(dashboard.get("schemaVersion").asInt()).isGreaterThanOrEqualTo(39);
        assertThat(panels).hasSizeGreaterThanOrEqualTo(6);
        assertThat(ids).hasSameSizeAs(panels);
        assertThat(panels).allSatisfy(p -> {
            assertThat(p.get("gridPos")).as(p.get("title").asText()).isNotNull();
            assertThat(expressions(p)).as(p.get("title").asText()).isNotEmpty();
        });
    }

    @Test
    void everyQueryUsesOnlyMetricsTheServiceExports() {
        for (JsonNode panel : panels()) {
            for (String expr : expressions(panel)) {
                assertThat(metricNamesIn(expr)).as(expr).isNotEmpty().isSubsetOf(EXPORTED);
            }
        }
        JsonNode practice = variable("practice");
        assertThat(practice.get("definition").asText()).isEqualTo("label_values(practice_excluded_percent, practice)");
        assertThat(practice.get("query").get("query").asText())
                .isEqualTo(practice.get("definition").asText());
        assertThat(practice.get("multi").asBoolean()).isTrue();
        assertThat(practice.get("includeAll").asBoolean()).isTrue();
    }

    @Test
    void theMetricCheckFindsEveryMetricAndNothingElse() {
        assertThat(metricNamesIn("sum by (outcome) (rate(practice_evaluations_seconds_count{outcome!~\"ok|x\"}"
                        + "[$__rate_interval])) / on (outcome) group_left sum(rate(other_total[5m])) > bool 3600"))
                .containsExactlyInAnyOrder("practice_evaluations_seconds_count", "other_total");
        assertThat(metricNamesIn("max(snapshot_age_seconds) offset 1h")).containsExactly("snapshot_age_seconds");
    }

    @Test
    void everyQueryGoesThroughTheDatasourceVariable() {
        JsonNode chosen = variable("datasource");
        assertThat(chosen.get("type").asText()).isEqualTo("datasource");
        assertThat(chosen.get("query").asText()).isEqualTo("prometheus");

        List<JsonNode> references = dashboard.findValues("datasource");
        assertThat(references).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref.path("uid").asText()).as(ref.toString()).isEqualTo("${datasource}");
            assertThat(ref.path("type").asText()).isEqualTo("prometheus");
        });
        assertThat(panels()).allSatisfy(p -> {
            assertThat(p.get("datasource").get("uid").asText()).isEqualTo("${datasource}");
            p.get("targets")
                    .forEach(t ->
                            assertThat(t.get("datasource").get("uid").asText()).isEqualTo("${datasource}"));
        });
        assertThat(dashboard.has("__inputs")).isFalse();
    }

    @Test
    void theExcludedPercentOverTimeShowsTheFiftyPercentActionPlanLine() {
        JsonNode panel = panels().stream()
                .filter(p -> p.get("type").asText().equals("timeseries"))
                .filter(p -> expressions(p).stream().anyMatch(e -> e.contains("practice_excluded_percent")))
                .findFirst()
                .orElseThrow();
        JsonNode defaults = panel.get("fieldConfig").get("defaults");

        assertThat(thresholdValues(defaults)).contains(50.0);
        assertThat(defaults.get("custom").get("thresholdsStyle").get("mode").asText())
                .isNotEqualTo("off");
        assertThat(defaults.get("unit").asText()).isEqualTo("percent");
    }

    @Test
    void theSnapshotAgeTurnsRedAfterAMissedNight() {
        JsonNode panel = panels().stream()
                .filter(p -> expressions(p).stream().anyMatch(e -> e.contains("snapshot_age_seconds")))
                .findFirst()
                .orElseThrow();
        JsonNode defaults = panel.get("fieldConfig").get("defaults");

        assertThat(panel.get("type").asText()).isEqualTo("stat");
        assertThat(defaults.get("unit").asText()).isEqualTo("s");
        assertThat(defaults.get("thresholds").get("steps")).anySatisfy(step -> {
            assertThat(step.get("color").asText()).isEqualTo("red");
            assertThat(step.get("value").asDouble()).isEqualTo(93600.0);
        });
    }

    /** Metric names in a PromQL expression: every identifier that is not a function, keyword or label. */
    static Set<String> metricNamesIn(String expr) {
        String bare = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"") // strings
                .replaceAll("\\{[^}]*}", " ") // label matchers
                .replaceAll("\\[[^]]*]", " ") // range selectors
                .replaceAll("\\$\\{?\\w+}?", " ") // Grafana variables
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " "); // label lists
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\b[a-zA-Z_:][a-zA-Z0-9_:]*+(?!\\s*\\()").matcher(bare);
        while (m.find()) {
            if (!PROMQL_KEYWORDS.contains(m.group()) && !m.group().startsWith("group_")) {
                names.add(m.group());
            }
        }
        return names;
    }

    private static List<JsonNode> panels() {
        List<JsonNode> all = new ArrayList<>();
        collect(dashboard.get("panels"), all);
        return all;
    }

    /** Panels, with those inside collapsed rows; rows themselves hold no query. */
    private static void collect(JsonNode panels, List<JsonNode> into) {
        panels.forEach(p -> {
            if (p.get("type").asText().equals("row")) {
                if (p.has("panels")) collect(p.get("panels"), into);
            } else {
                into.add(p);
            }
        });
    }

    private static List<String> expressions(JsonNode panel) {
        List<String> exprs = new ArrayList<>();
        panel.path("targets").forEach(t -> exprs.add(t.get("expr").asText()));
        return exprs;
    }

    private static JsonNode variable(String name) {
        for (JsonNode v : dashboard.get("templating").get("list")) {
            if (v.get("name").asText().equals(name)) return v;
        }
        throw new AssertionError("no template variable " + name);
    }

    private static List<Double> thresholdValues(JsonNode fieldDefaults) {
        List<Double> values = new ArrayList<>();
        fieldDefaults.get("thresholds").get("steps").forEach(s -> {
            if (!s.get("value").isNull()) values.add(s.get("value").asDouble());
        });
        return values;
    }
}
