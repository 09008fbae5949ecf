package io.github.recordaccess.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The trial overlay's example PostgreSQL, checked statically: no cluster, no kustomize binary. */
class TrialOverlayTest {

    private static final Path OVERLAY = Manifests.TRIAL_OVERLAY;
    private static final String DB_SECRET = "record-access-service-db";

    /** Every manifest of the overlay, and the fabric8 type it must parse into. */
    private static final Map<String, Class<? extends HasMetadata>> MANIFESTS = Map.of(
            "postgres-statefulset.yaml", StatefulSet.class,
            "postgres-service.yaml", Service.class,
            "postgres-networkpolicy.yaml", NetworkPolicy.class,
            "database-url.yaml", ConfigMap.class);

    static Stream<Arguments> manifests() {
        return MANIFESTS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @MethodSource("manifests")
    void everyOverlayManifestParsesIntoItsTypedObject(String file, Class<? extends HasMetadata> type) {
        HasMetadata parsed = Manifests.read(OVERLAY.resolve(file), type);

        assertThat(parsed).isInstanceOf(type);
        assertThat(parsed.getMetadata().getName()).isNotBlank();
    }

    @Test
    void theKustomizationReferencesEveryManifestAndTheBaseFromOutsideIt() throws IOException {
        JsonNode kustomization = kustomization();
        List<Path> referenced = new ArrayList<>();
        kustomization.get("resources").forEach(r -> referenced.add(OVERLAY.resolve(r.asText())));
        kustomization.get("patches").forEach(p -> {
            if (p.has("path")) referenced.add(OVERLAY.resolve(p.get("path").asText()));
        });
        kustomization
                .get("secretGenerator")
                .forEach(g -> g.get("envs").forEach(f -> referenced.add(OVERLAY.resolve(f.asText()))));
        Path base = referenced.get(0).normalize();

        assertThat(referenced).allSatisfy(p -> assertThat(p).exists());
        assertThat(base).isEqualTo(Manifests.K8S.normalize());
        assertThat(base.resolve("kustomization.yaml")).exists();
        // kustomize refuses a base whose directory holds the overlay (a cycle)
        assertThat(OVERLAY.toAbsolutePath()
                        .normalize()
                        .startsWith(base.toAbsolutePath().normalize()))
                .isFalse();
        try (Stream<Path> files = Files.list(OVERLAY)) {
            List<String> manifests = files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml"))
                    .toList();
            assertThat(manifests).containsExactlyInAnyOrderElementsOf(MANIFESTS.keySet());
            manifests.forEach(m -> assertThat(referenced).contains(OVERLAY.resolve(m)));
        }
    }

    @Test
    void postgresNeverRunsAsRoot() {
        PodSpec pod = postgresPod();

        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(999L);
        assertThat(pod.getInitContainers()).isEmpty();
        assertThat(pod.getContainers()).allSatisfy(c -> {
            // a container's own runAsUser or runAsNonRoot would override the pod's
            assertThat(c.getSecurityContext().getRunAsUser()).isIn(null, 999L);
            assertThat(c.getSecurityContext().getRunAsNonRoot()).isNotEqualTo(false);
            assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
            assertThat(c.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        });
    }

    @Test
    void postgresTakesItsCredentialsFromTheSecretTheServiceReads() {
        Container postgres = postgresContainer();
        Container service = Manifests.container();

        assertThat(secretRef(postgres, "POSTGRES_PASSWORD"))
                .isEqualTo(secretRef(service, "QUARKUS_DATASOURCE_PASSWORD"));
        assertThat(secretRef(postgres, "POSTGRES_USER")).isEqualTo(secretRef(service, "QUARKUS_DATASOURCE_USERNAME"));
        assertThat(secretRef(postgres, "POSTGRES_PASSWORD").getName()).isEqualTo(DB_SECRET);
        assertThat(secretRef(postgres, "POSTGRES_PASSWORD").getKey()).isEqualTo("password");
        assertThat(secretRef(postgres, "POSTGRES_USER").getKey()).isEqualTo("username");

        JsonNode generator = kustomization().get("secretGenerator").get(0);
        assertThat(generator.get("name").asText()).isEqualTo(DB_SECRET);
        assertThat(credentials().stringPropertyNames()).containsExactlyInAnyOrder("username", "password");
    }

    @Test
    void theServicesJdbcUrlNamesThePostgresServicePortAndDatabase() {
        ConfigMap patch = Manifests.read(OVERLAY.resolve("database-url.yaml"), ConfigMap.class);
        Service service = Manifests.read(OVERLAY.resolve("postgres-service.yaml"), Service.class);
        ServicePort port = service.getSpec().getPorts().get(0);
        Container postgres = postgresContainer();

        assertThat(patch.getMetadata().getName())
                .isEqualTo(Manifests.read("configmap.yaml", ConfigMap.class)
                        .getMetadata()
                        .getName());
        assertThat(patch.getData())
                .containsOnly(Map.entry(
                        "QUARKUS_DATASOURCE_JDBC_URL",
                        "jdbc:postgresql://" + service.getMetadata().getName() + ":" + port.getPort() + "/"
                                + env(postgres, "POSTGRES_DB").getValue()));
        assertThat(service.getMetadata().getName()).isEqualTo("record-access-postgres");
        assertThat(statefulSet().getSpec().getServiceName()).isEqualTo("record-access-postgres");
        assertThat(postgresPodLabels()).containsAllEntriesOf(service.getSpec().getSelector());
        assertThat(port.getTargetPort())
                .isEqualTo(new IntOrString(postgres.getPorts().get(0).getName()));
        assertThat(postgres.getPorts().get(0).getContainerPort()).isEqualTo(5432);
    }

    @Test
    void onlyTheServicesPodsReachPostgres() {
        NetworkPolicy policy = Manifests.read(OVERLAY.resolve("postgres-networkpolicy.yaml"), NetworkPolicy.class);
        Map<String, String> servicePods = Manifests.read("deployment.yaml", Deployment.class)
                .getSpec()
                .getTemplate()
                .getMetadata()
                .getLabels();

        assertThat(postgresPodLabels())
                .containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());
        assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(policy.getSpec().getEgress()).isEmpty();
        assertThat(policy.getSpec().getIngress()).singleElement().satisfies(rule -> {
            assertThat(rule.getFrom()).singleElement().satisfies(peer -> {
                assertThat(peer.getPodSelector().getMatchLabels())
                        .containsExactly(Map.entry("app.kubernetes.io/name", "record-access-service"));
                assertThat(servicePods)
                        .containsAllEntriesOf(peer.getPodSelector().getMatchLabels());
                assertThat(peer.getIpBlock()).isNull();
                assertThat(peer.getNamespaceSelector()).isNull();
            });
            assertThat(rule.getPorts())
                    .singleElement()
                    .satisfies(p -> assertThat(p.getPort()).isEqualTo(new IntOrString(5432)));
        });
        // the base's selectors (Service, PDB, NetworkPolicy) must never pick up the database pod
        assertThat(postgresPodLabels()).doesNotContainEntry("app.kubernetes.io/name", "record-access-service");
    }

    @Test
    void theServicesPolicyGainsEgressToThePostgresPods() throws IOException {
        JsonNode patch = kustomization().get("patches").findParent("target");
        JsonNode op = Manifests.YAML.readTree(patch.get("patch").asText()).get(0);
        NetworkPolicyEgressRule rule = Manifests.YAML.convertValue(op.get("value"), NetworkPolicyEgressRule.class);

        assertThat(patch.get("target").get("kind").asText()).isEqualTo("NetworkPolicy");
        assertThat(patch.get("target").get("name").asText()).isEqualTo("record-access-service");
        assertThat(op.get("op").asText()).isEqualTo("add");
        assertThat(op.get("path").asText()).isEqualTo("/spec/egress/-");
        assertThat(postgresPodLabels())
                .containsAllEntriesOf(rule.getTo().get(0).getPodSelector().getMatchLabels());
        assertThat(rule.getPorts())
                .singleElement()
                .satisfies(p -> assertThat(p.getPort()).isEqualTo(new IntOrString(5432)));
    }

    @Test
    void postgresIsOneBoundedProbedReplicaThatKeepsItsData() {
        StatefulSet set = statefulSet();
        Container c = postgresContainer();
        String dataMount = c.getVolumeMounts().stream()
                .filter(m -> m.getName()
                        .equals(set.getSpec()
                                .getVolumeClaimTemplates()
                                .get(0)
                                .getMetadata()
                                .getName()))
                .findFirst()
                .orElseThrow()
                .getMountPath();

        assertThat(set.getSpec().getReplicas()).isEqualTo(1);
        assertThat(c.getImage()).startsWith("postgres:16");
        assertThat(c.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(c.getResources().getLimits()).containsKeys("cpu", "memory");
        assertThat(String.join(" ", c.getReadinessProbe().getExec().getCommand()))
                .contains("pg_isready");
        assertThat(set.getSpec().getVolumeClaimTemplates()).hasSize(1);
        assertThat(env(c, "PGDATA").getValue()).startsWith(dataMount + "/");
    }

    private static JsonNode kustomization() {
        return Manifests.tree(OVERLAY.resolve("kustomization.yaml"));
    }

    private static Properties credentials() {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(OVERLAY.resolve("db-credentials.env"))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static StatefulSet statefulSet() {
        return Manifests.read(OVERLAY.resolve("postgres-statefulset.yaml"), StatefulSet.class);
    }

    private static PodSpec postgresPod() {
        return statefulSet().getSpec().getTemplate().getSpec();
    }

    private static Map<String, String> postgresPodLabels() {
        return statefulSet().getSpec().getTemplate().getMetadata().getLabels();
    }

    private static Container postgresContainer() {
        return postgresPod().getContainers().get(0);
    }

    private static EnvVar env(Container c, String name) {
        return c.getEnv().stream()
                .filter(e -> e.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not set"));
    }

    /** The Secret key a variable comes from; an inline value fails the test. */
    private static SecretKeySelector secretRef(Container c, String name) {
        EnvVar var = env(c, name);
        assertThat(var.getValue()).as(name).isNull();
        return var.getValueFrom().getSecretKeyRef();
    }
}
