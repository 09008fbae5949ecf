package io.github.recordaccess.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the repository's Kubernetes manifests into fabric8's typed model. */
public final class Manifests {

    public static final Path K8S = Path.of("k8s", "base");
    /** The example PostgreSQL for a trial cluster, an overlay of {@link #K8S}. */
    public static final Path TRIAL_OVERLAY = Path.of("k8s", "overlays", "trial-postgres");

    public static final Path DEPLOY = Path.of("deploy");
    static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Manifests() {}

    public static <T> T read(String file, Class<T> type) {
        return read(K8S.resolve(file), type);
    }

    public static <T> T read(Path file, Class<T> type) {
        try {
            return YAML.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree(Path file) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Container container() {
        return read("deployment.yaml", Deployment.class)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0);
    }

    /** The startup, liveness and readiness probe paths of the Deployment. */
    public static List<String> probePaths() {
        Container c = container();
        List<String> paths = new ArrayList<>();
        for (Probe probe : List.of(c.getStartupProbe(), c.getLivenessProbe(), c.getReadinessProbe())) {
            paths.add(probe.getHttpGet().getPath());
        }
        return paths;
    }

    /** Every environment variable the manifests give the container: ConfigMap keys and explicit env. */
    public static List<String> environmentVariables() {
        List<String> names = new ArrayList<>(
                read("configmap.yaml", ConfigMap.class).getData().keySet());
        container().getEnv().forEach(e -> names.add(e.getName()));
        return names;
    }

    /** The variables the trial overlay changes in the base ConfigMap. */
    public static List<String> trialOverlayEnvironmentVariables() {
        return new ArrayList<>(read(TRIAL_OVERLAY.resolve("database-url.yaml"), ConfigMap.class)
                .getData()
                .keySet());
    }

    public static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
