package io.github.recordaccess.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KubernetesManifestsTest {

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({
        "configmap.yaml, io.fabric8.kubernetes.api.model.ConfigMap",
        "deployment.yaml, io.fabric8.kubernetes.api.model.apps.Deployment",
        "service.yaml, io.fabric8.kubernetes.api.model.Service",
        "hpa.yaml, io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler",
        "pdb.yaml, io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget",
        "networkpolicy.yaml, io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy",
        "ingress.yaml, io.fabric8.kubernetes.api.model.networking.v1.Ingress"
    })
    void everyManifestParsesIntoItsTypedObject(String file, Class<?> type) {
        Object parsed = Manifests.read(file, type);

        assertThat(parsed).isInstanceOf(type);
        assertThat(((io.fabric8.kubernetes.api.model.HasMetadata) parsed)
                        .getMetadata()
                        .getName())
                .isEqualTo("record-access-service");
    }

    @Test
    void kustomizationListsEveryManifest() {
        JsonNode kustomization = Manifests.tree(Manifests.K8S.resolve("kustomization.yaml"));
        List<String> resources = new ArrayList<>();
        kustomization.get("resources").forEach(r -> resources.add(r.asText()));

        assertThat(resources)
                .containsExactlyInAnyOrder(
                        "configmap.yaml",
                        "deployment.yaml",
                        "service.yaml",
                        "hpa.yaml",
                        "pdb.yaml",
                        "networkpolicy.yaml",
                        "ingress.yaml");
        resources.forEach(r -> assertThat(Manifests.K8S.resolve(r)).exists());
    }

    @Test
    void theDeploymentIsHardenedAndBounded() {
        Deployment deployment = Manifests.read("deployment.yaml", Deployment.class);
        Container c = Manifests.container();

        assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
        assertThat(deployment
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getSecurityContext()
                        .getRunAsNonRoot())
                .isTrue();
        assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(c.getVolumeMounts()).anyMatch(m -> m.getMountPath().equals("/tmp"));
        assertThat(c.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(c.getResources().getLimits()).containsKeys("cpu", "memory");
        assertThat(Manifests.probePaths()).containsExactly("/q/health/started", "/q/health/live", "/q/health/ready");
        assertThat(List.of(c.getStartupProbe(), c.getLivenessProbe(), c.getReadinessProbe()))
                .allSatisfy(p -> assertThat(p.getHttpGet().getPort()).isEqualTo(new IntOrString("http")));
    }

    /** A variable that holds a credential (FHIR_AUTH_TOKEN, …_SECRET, …_PASSWORD, …_PRIVATE_KEY), not one that merely names a token's property. */
    private static final java.util.regex.Pattern SECRET_NAME =
            java.util.regex.Pattern.compile(".*(_TOKEN|SECRET|PASSWORD|PRIVATE_KEY)");

    @Test
    void credentialsComeFromASecretReferenceNeverInline() {
        Container c = Manifests.container();
        ConfigMap config = Manifests.read("configmap.yaml", ConfigMap.class);

        assertThat(c.getEnv())
                .filteredOn(e -> SECRET_NAME.matcher(e.getName()).matches())
                .isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.getValue()).isNull();
                    assertThat(e.getValueFrom().getSecretKeyRef()).isNotNull();
                });
        assertThat(config.getData().keySet())
                .noneMatch(k -> SECRET_NAME.matcher(k).matches());
        assertThat(c.getEnvFrom())
                .anyMatch(e -> e.getConfigMapRef()
                        .getName()
                        .equals(config.getMetadata().getName()));
    }

    /** {@code kubectl create secret generic NAME --from-literal=KEY=… …} in k8s/README.md. */
    private static final java.util.regex.Pattern CREATE_SECRET = java.util.regex.Pattern.compile(
            "kubectl create secret generic ([a-z0-9-]+)((?:\\s+--from-literal=[A-Za-z0-9_-]+=[^\\s`]*)+)");

    @Test
    void everySecretTheDeploymentReadsIsCreatedByACommandInTheReadme() {
        Map<String, List<String>> documented = new java.util.HashMap<>();
        java.util.regex.Matcher command =
                CREATE_SECRET.matcher(Manifests.text(java.nio.file.Path.of("k8s", "README.md")));
        while (command.find()) {
            java.util.regex.Matcher key = java.util.regex.Pattern.compile("--from-literal=([A-Za-z0-9_-]+)=")
                    .matcher(command.group(2));
            List<String> keys = new ArrayList<>();
            while (key.find()) {
                keys.add(key.group(1));
            }
            documented.put(command.group(1), keys);
        }

        assertThat(Manifests.container().getEnv())
                .filteredOn(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                .extracting(e -> e.getValueFrom().getSecretKeyRef())
                .hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(ref -> assertThat(documented)
                        .as("k8s/README.md creates the Secret %s with the key %s", ref.getName(), ref.getKey())
                        .hasEntrySatisfying(
                                ref.getName(), keys -> assertThat(keys).contains(ref.getKey())));
    }

    @Test
    void thePagesSignInIsOnWithItsClientSecretFromASecret() {
        Map<String, String> config =
                Manifests.read("configmap.yaml", ConfigMap.class).getData();

        assertThat(config).containsEntry("QUARKUS_OIDC_WEB_TENANT_ENABLED", "true");
        assertThat(config.get("QUARKUS_OIDC_WEB_AUTH_SERVER_URL")).startsWith("https://");
        assertThat(config.get("QUARKUS_OIDC_WEB_CLIENT_ID")).isNotBlank();
        // Without it the service refuses to start with sign-in on (the sign-in redirect follows the request's host).
        assertThat(config.get("ACCESS_PAGES_ALLOWED_HOSTS")).isNotBlank().doesNotContain("localhost");
        assertThat(config).doesNotContainKey("QUARKUS_OIDC_WEB_LOGOUT_PATH");
        assertThat(Manifests.container().getEnv())
                .filteredOn(e -> e.getName().equals("QUARKUS_OIDC_WEB_CREDENTIALS_SECRET"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getValueFrom().getSecretKeyRef().getName())
                            .isEqualTo("record-access-service-web-client");
                    assertThat(e.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("client-secret");
                });
    }

    @Test
    void theServiceAndPolicyUseTheContainersPort() {
        int containerPort = Manifests.container().getPorts().get(0).getContainerPort();
        Service service = Manifests.read("service.yaml", Service.class);
        NetworkPolicy policy = Manifests.read("networkpolicy.yaml", NetworkPolicy.class);

        assertThat(service.getSpec().getPorts().get(0).getTargetPort()).isEqualTo(new IntOrString("http"));
        assertThat(Manifests.container().getPorts().get(0).getName()).isEqualTo("http");
        assertThat(policy.getSpec().getIngress())
                .singleElement()
                .satisfies(rule -> assertThat(rule.getPorts())
                        .singleElement()
                        .satisfies(p -> assertThat(p.getPort()).isEqualTo(new IntOrString(containerPort))));
        assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(policy.getSpec().getEgress())
                .anyMatch(rule ->
                        rule.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() == 53));
    }

    @Test
    void autoscalingAndDisruptionBudgetTargetTheDeployment() {
        HorizontalPodAutoscaler hpa = Manifests.read("hpa.yaml", HorizontalPodAutoscaler.class);
        PodDisruptionBudget pdb = Manifests.read("pdb.yaml", PodDisruptionBudget.class);
        Map<String, String> podLabels = Manifests.read("deployment.yaml", Deployment.class)
                .getSpec()
                .getTemplate()
                .getMetadata()
                .getLabels();

        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("record-access-service");
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(podLabels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
    }
}
