package io.github.recordaccess.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.github.recordaccess.web.Routes;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 24's platform pieces: the Ingress with TLS, the monitoring overlay, the egress peers, the snapshot schedule. */
class PlatformManifestsTest {

    static final Path MONITORING = Path.of("k8s", "overlays", "monitoring");

    @Test
    void theIngressEndsTlsForTheHostThePagesAnswer() {
        Ingress ingress = Manifests.read("ingress.yaml", Ingress.class);
        String allowedHosts =
                Manifests.read("configmap.yaml", ConfigMap.class).getData().get("ACCESS_PAGES_ALLOWED_HOSTS");

        assertThat(ingress.getSpec().getRules()).hasSize(1);
        IngressRule rule = ingress.getSpec().getRules().get(0);
        assertThat(rule.getHost()).isEqualTo(allowedHosts);
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
            assertThat(tls.getHosts()).containsExactly(rule.getHost());
            assertThat(tls.getSecretName()).isNotBlank();
        });
        String servicePort = Manifests.read("service.yaml", Service.class)
                .getSpec()
                .getPorts()
                .get(0)
                .getName();
        assertThat(rule.getHttp().getPaths()).allSatisfy(path -> {
            assertThat(path.getBackend().getService().getName()).isEqualTo("record-access-service");
            assertThat(path.getBackend().getService().getPort().getName()).isEqualTo(servicePort);
        });
    }

    @Test
    void everyRouteOfTheServiceIsReachableThroughTheIngress() {
        List<String> paths = new ArrayList<>();
        Routes.API.forEach(route -> paths.add(route.replaceAll("\\{[^}]+}", "X1")));
        Routes.PAGES.stream()
                .filter(route -> !Routes.DEV_ONLY.contains(route))
                .forEach(route -> paths.add(route.replaceAll("\\{[^}]+}", "X1")));
        paths.addAll(List.of(
                Routes.STATIC + "nhsuk.min.css", "/q/openapi", "/q/swagger-ui/", "/q/swagger-ui/oauth2-redirect.html"));

        assertThat(paths).allSatisfy(path -> assertThat(routed(path)).as(path).isTrue());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/q/metrics",
                "/q/metrics/",
                "/q/metrics/application",
                "/q/health/ready",
                "/q/dev-ui",
                Routes.DEV_PERSONAS,
                "/practicesX"
            })
    void metricsHealthAndAnythingElseAreNotRoutedFromOutside(String path) {
        assertThat(routed(path)).isFalse();
    }

    @Test
    void theFhirTokenSecretIsOptionalSoFhirAuthTypeNoneStarts() {
        EnvVar token = Manifests.container().getEnv().stream()
                .filter(e -> e.getName().equals("FHIR_AUTH_TOKEN"))
                .findFirst()
                .orElseThrow();

        assertThat(token.getValueFrom().getSecretKeyRef().getOptional()).isTrue();
        // The other Secrets stay required: a pod without its database or sign-in secret should not start.
        assertThat(Manifests.container().getEnv())
                .filteredOn(e -> !e.getName().equals("FHIR_AUTH_TOKEN") && e.getValueFrom() != null)
                .allSatisfy(e -> assertThat(e.getValueFrom().getSecretKeyRef().getOptional())
                        .as(e.getName())
                        .isNotEqualTo(true));
    }

    @Test
    void egressNamesEachPeerAndNeverTheWholeInternet() {
        NetworkPolicy policy = Manifests.read("networkpolicy.yaml", NetworkPolicy.class);
        List<NetworkPolicyEgressRule> egress = policy.getSpec().getEgress();

        // A rule without "to" allows every destination.
        assertThat(egress).allSatisfy(rule -> assertThat(rule.getTo()).isNotEmpty());
        assertThat(egress)
                .flatExtracting(NetworkPolicyEgressRule::getTo)
                .filteredOn(peer -> peer.getIpBlock() != null)
                .allSatisfy(peer -> {
                    assertThat(peer.getIpBlock().getCidr()).isNotIn("0.0.0.0/0", "::/0");
                    assertThat(Integer.parseInt(peer.getIpBlock().getCidr().split("/", -1)[1]))
                            .isGreaterThanOrEqualTo(8);
                });
        NetworkPolicyPeer dns = ruleFor(egress, 53).getTo().get(0);
        assertThat(dns.getPodSelector().getMatchLabels()).containsEntry("k8s-app", "kube-dns");
        assertThat(dns.getNamespaceSelector().getMatchLabels())
                .containsEntry("kubernetes.io/metadata.name", "kube-system");
        assertThat(egress.stream().filter(rule -> ports(rule).contains(443)))
                .as("the FHIR server and the identity provider")
                .hasSize(2);
        assertThat(egress.stream().filter(rule -> ports(rule).contains(5432)))
                .as("the database")
                .hasSize(1);
        assertThat(egress).flatExtracting(PlatformManifestsTest::ports).containsOnly(53, 443, 5432);
        String text = Manifests.text(Manifests.K8S.resolve("networkpolicy.yaml"));
        assertThat(text).contains("The FHIR server", "The identity provider", "PostgreSQL", "PLACEHOLDER");
    }

    @Test
    void theMonitoringOverlayScrapesMetricsThroughTheService() {
        JsonNode kustomization = Manifests.tree(MONITORING.resolve("kustomization.yaml"));
        List<String> resources = new ArrayList<>();
        kustomization.get("resources").forEach(r -> resources.add(r.asText()));
        assertThat(resources).containsExactly("../../base", "servicemonitor.yaml");

        JsonNode monitor = Manifests.tree(MONITORING.resolve("servicemonitor.yaml"));
        assertThat(monitor.path("apiVersion").asText()).isEqualTo("monitoring.coreos.com/v1");
        assertThat(monitor.path("kind").asText()).isEqualTo("ServiceMonitor");
        Map<String, String> selector = new HashMap<>();
        monitor.path("spec")
                .path("selector")
                .path("matchLabels")
                .fields()
                .forEachRemaining(e -> selector.put(e.getKey(), e.getValue().asText()));
        // The Service carries the labels the base's kustomization gives every resource.
        Map<String, String> serviceLabels = new HashMap<>();
        Manifests.tree(Manifests.K8S.resolve("kustomization.yaml"))
                .path("labels")
                .forEach(l -> l.path("pairs")
                        .fields()
                        .forEachRemaining(
                                e -> serviceLabels.put(e.getKey(), e.getValue().asText())));
        assertThat(selector).isNotEmpty();
        assertThat(serviceLabels).containsAllEntriesOf(selector);
        JsonNode endpoint = monitor.path("spec").path("endpoints").get(0);
        assertThat(endpoint.path("port").asText())
                .isEqualTo(Manifests.read("service.yaml", Service.class)
                        .getSpec()
                        .getPorts()
                        .get(0)
                        .getName());
        assertThat(endpoint.path("path").asText()).isEqualTo("/q/metrics");
    }

    @Test
    void theSnapshotScheduleKeepsFiguresUnderADayOldAfterOneMissedRun() {
        String cron =
                Manifests.read("configmap.yaml", ConfigMap.class).getData().get("ACCESS_SNAPSHOT_CRON");
        ExecutionTime runs = ExecutionTime.forCron(
                new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ)).parse(cron));
        List<ZonedDateTime> times = new ArrayList<>();
        ZonedDateTime time = ZonedDateTime.of(2026, 3, 1, 0, 0, 0, 0, ZoneId.of("Europe/London"));
        while (time.isBefore(ZonedDateTime.of(2026, 3, 8, 0, 0, 0, 0, ZoneId.of("Europe/London")))) {
            time = runs.nextExecution(time).orElseThrow();
            times.add(time);
        }
        for (int i = 0; i + 2 < times.size(); i++) {
            Duration skippingOne = Duration.between(times.get(i), times.get(i + 2));
            assertThat(skippingOne)
                    .as("from %s, with the next run missed", times.get(i))
                    .isLessThan(Duration.ofHours(23));
            assertThat(times.get(i).getHour()).as("outside surgery hours").isBetween(0, 7);
        }
    }

    /** Kubernetes's path matching: Exact is the whole path; Prefix matches whole path elements. */
    private static boolean routed(String path) {
        List<HTTPIngressPath> paths = Manifests.read("ingress.yaml", Ingress.class)
                .getSpec()
                .getRules()
                .get(0)
                .getHttp()
                .getPaths();
        return paths.stream().anyMatch(p -> switch (p.getPathType()) {
            case "Exact" -> path.equals(p.getPath());
            case "Prefix" ->
                path.equals(p.getPath()) || path.startsWith(p.getPath().replaceAll("/$", "") + "/");
            default -> throw new AssertionError("pathType " + p.getPathType());
        });
    }

    private static NetworkPolicyEgressRule ruleFor(List<NetworkPolicyEgressRule> egress, int port) {
        return egress.stream().filter(r -> ports(r).contains(port)).findFirst().orElseThrow();
    }

    private static List<Integer> ports(NetworkPolicyEgressRule rule) {
        return rule.getPorts().stream().map(p -> p.getPort().getIntVal()).toList();
    }
}
