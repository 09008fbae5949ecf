package io.github.recordaccess.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.fixtures.TestTokens;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.security.KeyPair;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Quarkus settings derived from FHIR_AUTH_* and FHIR_TLS_TRUST_STORE*, and the check of the client-credentials settings. */
class FhirClientSettingsTest {

    private static SmallRyeConfig config(Map<String, String> settings) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(settings, "test", 250))
                .withSources(new FhirClientSettings())
                .build();
    }

    private static final Map<String, String> SECRET = Map.of(
            "fhir.auth.token-url",
            "https://idp.example.test/token",
            "fhir.auth.client-id",
            "record-access",
            "fhir.auth.client-secret",
            "s3cret");

    private static boolean enabled(Map<String, String> settings) {
        return config(settings).getValue("quarkus.oidc-client.client-enabled", Boolean.class);
    }

    private static Map<String, String> with(Map<String, String> settings, String... more) {
        Map<String, String> all = new HashMap<>(settings);
        for (int i = 0; i < more.length; i += 2) {
            all.put(more[i], more[i + 1]);
        }
        return all;
    }

    @Test
    void theOidcClientIsEnabledOnlyForCompleteClientCredentials() {
        assertThat(enabled(Map.of())).isFalse();
        assertThat(enabled(with(SECRET, "fhir.auth.type", "bearer"))).isFalse();
        assertThat(enabled(with(SECRET, "fhir.auth.type", "client-credentials")))
                .isTrue();
        assertThat(enabled(with(SECRET, "fhir.auth.type", "CLIENT_CREDENTIALS")))
                .isTrue();
        assertThat(enabled(Map.of("fhir.auth.type", "client-credentials")))
                .as("no token URL")
                .isFalse();
    }

    @Test
    void incompleteClientCredentialsNameTheVariableToSet() {
        Map<String, String> key =
                with(SECRET, "fhir.auth.client-secret", "", "fhir.auth.private-key", pem(TestTokens.KEYS));
        assertThat(ClientCredentialsSettings.problem(lookup(SECRET))).isEmpty();
        assertThat(ClientCredentialsSettings.problem(lookup(key))).isEmpty();
        assertThat(ClientCredentialsSettings.problem(lookup(with(key, "fhir.auth.signature-algorithm", "RS256"))))
                .isEmpty();
        assertThat(ClientCredentialsSettings.problem(lookup(with(SECRET, "fhir.auth.client-id", ""))))
                .get()
                .asString()
                .startsWith("FHIR_AUTH_CLIENT_ID is not set");
        assertThat(ClientCredentialsSettings.problem(
                        lookup(with(SECRET, "fhir.auth.token-url", "idp.example.test/token"))))
                .get()
                .asString()
                .startsWith("FHIR_AUTH_TOKEN_URL");
        assertThat(ClientCredentialsSettings.problem(lookup(with(key, "fhir.auth.client-secret", "s3cret"))))
                .get()
                .asString()
                .contains("not both");
        assertThat(ClientCredentialsSettings.problem(lookup(with(key, "fhir.auth.signature-algorithm", "ES384"))))
                .get()
                .asString()
                .startsWith("FHIR_AUTH_PRIVATE_KEY is not a PEM PKCS#8 EC private key");
        assertThat(ClientCredentialsSettings.problem(
                        lookup(with(key, "fhir.auth.private-key", "-----BEGIN PRIVATE KEY-----\nAAAA\n"))))
                .get()
                .asString()
                .startsWith("FHIR_AUTH_PRIVATE_KEY is not a PEM PKCS#8 RSA private key");
    }

    private static java.util.function.Function<String, Optional<String>> lookup(Map<String, String> settings) {
        return name -> Optional.ofNullable(settings.get(name)).filter(v -> !v.isBlank());
    }

    private static String pem(KeyPair keys) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    @Test
    void theTrustStoreFillsTheSharedTlsConfigurationByItsType() {
        SmallRyeConfig p12 =
                config(Map.of("fhir.tls.trust-store", "/etc/trust.p12", "fhir.tls.trust-store-password", "pw"));
        assertThat(p12.getValue("quarkus.tls.fhir.trust-store.p12.path", String.class))
                .isEqualTo("/etc/trust.p12");
        assertThat(p12.getValue("quarkus.tls.fhir.trust-store.p12.password", String.class))
                .isEqualTo("pw");
        assertThat(p12.getOptionalValue("quarkus.tls.fhir.trust-store.jks.path", String.class))
                .isEmpty();

        SmallRyeConfig jks =
                config(Map.of("fhir.tls.trust-store", "/etc/trust.jks", "fhir.tls.trust-store-type", "JKS"));
        assertThat(jks.getValue("quarkus.tls.fhir.trust-store.jks.path", String.class))
                .isEqualTo("/etc/trust.jks");
        assertThat(jks.getOptionalValue("quarkus.tls.fhir.trust-store.jks.password", String.class))
                .isEmpty();
        assertThat(jks.getOptionalValue("quarkus.tls.fhir.trust-store.p12.path", String.class))
                .isEmpty();

        assertThat(config(Map.of()).getOptionalValue("quarkus.tls.fhir.trust-store.p12.path", String.class))
                .isEmpty();
    }

    @Test
    void settingsMadeDirectlyWin() {
        SmallRyeConfig config = config(Map.of("fhir.auth.type", "none", "quarkus.oidc-client.client-enabled", "true"));
        assertThat(config.getValue("quarkus.oidc-client.client-enabled", Boolean.class))
                .isTrue();
    }
}
