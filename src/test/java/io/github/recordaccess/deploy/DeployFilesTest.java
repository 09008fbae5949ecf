package io.github.recordaccess.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The container and compose files, checked statically: no Docker engine runs on our machines. */
class DeployFilesTest {

    @Test
    void theImageExposesThePortTheManifestsUse() {
        String dockerfile = Manifests.text(Manifests.DEPLOY.resolve("Dockerfile.jvm"));
        Matcher expose = Pattern.compile("(?m)^EXPOSE (\\d+)$").matcher(dockerfile);

        assertThat(expose.find()).isTrue();
        assertThat(Integer.parseInt(expose.group(1)))
                .isEqualTo(Manifests.container().getPorts().get(0).getContainerPort());
    }

    @Test
    void theImageRunsTheQuarkusAppLayoutAsANonRootUserOnJava17OrLater() {
        String dockerfile = Manifests.text(Manifests.DEPLOY.resolve("Dockerfile.jvm"));

        assertThat(dockerfile).containsPattern("(?m)^FROM eclipse-temurin:(1[7-9]|2\\d)-jre");
        assertThat(dockerfile).containsPattern("(?m)^USER 185$");
        assertThat(dockerfile)
                .contains(
                        "target/quarkus-app/lib/",
                        "target/quarkus-app/app/",
                        "target/quarkus-app/quarkus/",
                        "quarkus-run.jar");
        assertThat(Manifests.read("deployment.yaml", io.fabric8.kubernetes.api.model.apps.Deployment.class)
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getSecurityContext()
                        .getRunAsUser())
                .isEqualTo(185L);
    }

    @Test
    void composePairsTheServiceWithAFhirServer() {
        JsonNode compose = Manifests.tree(Manifests.DEPLOY.resolve("compose.yaml"));
        JsonNode service = compose.get("services").get("record-access-service");

        assertThat(compose.get("services").get("fhir").get("image").asText()).startsWith("hapiproject/hapi");
        assertThat(service.get("environment").get("FHIR_BASE_URL").asText()).isEqualTo("http://fhir:8080/fhir");
        assertThat(service.get("build").get("dockerfile").asText()).isEqualTo("deploy/Dockerfile.jvm");
    }

    /** Variables the compose file gives the service, for the configuration check. */
    static List<String> composeEnvironment() {
        List<String> names = new ArrayList<>();
        Manifests.tree(Manifests.DEPLOY.resolve("compose.yaml"))
                .get("services")
                .get("record-access-service")
                .get("environment")
                .fieldNames()
                .forEachRemaining(names::add);
        return names;
    }
}
