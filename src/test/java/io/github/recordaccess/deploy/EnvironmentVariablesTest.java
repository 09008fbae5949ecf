package io.github.recordaccess.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Every environment variable the manifests (the base and the trial overlay) and compose file set is a documented configuration
 * property, and every documented default is the one the application really has.
 */
@QuarkusTest
@io.quarkus.test.common.WithTestResource(io.github.recordaccess.fixtures.WireMockFhirResource.class)
class EnvironmentVariablesTest {

    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z][^`]*)` \\| `([A-Z_{}]+)` \\| ([^|]+) \\|");

    record Documented(String property, String env, String defaultValue) {}

    static List<Documented> documented() {
        List<Documented> rows = new ArrayList<>();
        Matcher m = ROW.matcher(Manifests.text(java.nio.file.Path.of("docs", "configuration.md")));
        while (m.find()) {
            String value = m.group(3).trim();
            rows.add(new Documented(
                    m.group(1),
                    m.group(2),
                    value.startsWith("`") ? value.replace("`", "").replace("\\|", "|") : null));
        }
        return rows;
    }

    @Test
    void everyVariableTheDeploymentSetsIsADocumentedProperty() {
        List<Documented> rows = documented();
        List<String> variables = new ArrayList<>(Manifests.environmentVariables());
        variables.addAll(DeployFilesTest.composeEnvironment());
        variables.addAll(Manifests.trialOverlayEnvironmentVariables());

        assertThat(rows).hasSizeGreaterThan(10);
        for (String variable : variables) {
            assertThat(rows).as(variable).anyMatch(r -> variable.matches(r.env().replace("{ODS}", "[A-Z0-9]+")));
        }
    }

    @Test
    void everyDocumentedVariableIsThePropertysEnvironmentName() {
        for (Documented row : documented()) {
            String env = row.property()
                    .replace("\"{ODS}\"", "_{ODS}_")
                    .toUpperCase(java.util.Locale.ROOT)
                    .replaceAll("[^A-Z0-9_{}]", "_");
            assertThat(row.env()).as(row.property()).isEqualTo(env);
        }
    }

    @Test
    void everyDocumentedDefaultIsTheApplicationsDefault() {
        var config = ConfigProvider.getConfig();
        for (Documented row : documented()) {
            if (row.defaultValue() == null
                    || row.property().startsWith("fhir.page-size")
                    || row.property().startsWith("fhir.read")
                    || row.property().startsWith("fhir.readiness.cache")
                    || row.property().equals("fhir.max-response-size")
                    || row.property().startsWith("access.bulk")
                    || row.property().equals("quarkus.http.auth.permission.api.policy")
                    || row.property().equals("quarkus.http.auth.permission.admin.policy")
                    || row.property().equals("quarkus.http.auth.permission.pages.policy")
                    || row.property().equals("access.snapshot.cron")
                    || row.property().startsWith("fhir.circuit-breaker.request")
                    || row.property().equals("access.cache.min-refresh")) {
                continue; // the test profile and test resource override these
            }
            assertThat(config.getConfigValue(row.property()).getValue())
                    .as(row.property())
                    .isEqualTo(row.defaultValue());
        }
    }
}
