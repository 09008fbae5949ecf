package io.github.recordaccess.fhir;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The Quarkus settings that follow from the service's own {@code fhir.auth.*} and {@code fhir.tls.*}
 * but cannot be written as property expressions in application.properties, because they depend on a
 * value rather than copy it:
 * <ul>
 * <li>{@code quarkus.oidc-client.client-enabled} is true only for {@code fhir.auth.type=client-credentials}
 * with complete settings ({@link ClientCredentialsSettings}; {@link FhirSettingsCheck} names what is missing),
 * so dev mode and tests without auth never configure an OIDC client;</li>
 * <li>{@code fhir.tls.trust-store} becomes {@code quarkus.tls.fhir.trust-store.p12.*} or {@code .jks.*},
 * by {@code fhir.tls.trust-store-type}.</li>
 * </ul>
 * The one-to-one mappings are expressions in application.properties. Settings made directly (for example
 * {@code QUARKUS_TLS_FHIR_TRUST_STORE_PEM_CERTS}) still win: this source's ordinal is below application.properties.
 */
public class FhirClientSettings implements ConfigSourceFactory {

    /** The TLS registry configuration that the HAPI client, the readiness probe and the OIDC client share. */
    public static final String TLS_CONFIGURATION = "fhir";

    private static final int ORDINAL = 240;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> derived = new HashMap<>();
        boolean clientCredentials = value(context, "fhir.auth.type")
                .map(type -> type.replace('_', '-').equalsIgnoreCase("client-credentials"))
                .orElse(false);
        boolean complete = clientCredentials
                && ClientCredentialsSettings.problem(name -> value(context, name))
                        .isEmpty();
        derived.put("quarkus.oidc-client.client-enabled", Boolean.toString(complete));
        value(context, "fhir.tls.trust-store").ifPresent(path -> {
            boolean jks = value(context, "fhir.tls.trust-store-type")
                    .map(t -> t.toUpperCase(Locale.ROOT).equals("JKS"))
                    .orElse(false);
            String prefix = "quarkus.tls." + TLS_CONFIGURATION + ".trust-store." + (jks ? "jks" : "p12");
            derived.put(prefix + ".path", path);
            value(context, "fhir.tls.trust-store-password")
                    .ifPresent(password -> derived.put(prefix + ".password", password));
        });
        return List.of(new PropertiesConfigSource(derived, "record-access FHIR client settings", ORDINAL));
    }

    private static Optional<String> value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return Optional.ofNullable(value == null ? null : value.getValue()).filter(v -> !v.isBlank());
    }
}
