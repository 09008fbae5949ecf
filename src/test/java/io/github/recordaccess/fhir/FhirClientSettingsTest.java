package io.github.recordaccess.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Quarkus settings derived from FHIR_AUTH_TYPE and FHIR_TLS_TRUST_STORE*. */
class FhirClientSettingsTest {

    private static SmallRyeConfig config(Map<String, String> settings) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(settings, "test", 250))
                .withSources(new FhirClientSettings()).build();
    }

    @Test
    void theOidcClientIsEnabledOnlyForClientCredentials() {
        assertThat(config(Map.of()).getValue("quarkus.oidc-client.client-enabled", Boolean.class)).isFalse();
        assertThat(config(Map.of("fhir.auth.type", "bearer")).getValue("quarkus.oidc-client.client-enabled", Boolean.class)).isFalse();
        assertThat(config(Map.of("fhir.auth.type", "client-credentials")).getValue("quarkus.oidc-client.client-enabled", Boolean.class)).isTrue();
        assertThat(config(Map.of("fhir.auth.type", "CLIENT_CREDENTIALS")).getValue("quarkus.oidc-client.client-enabled", Boolean.class)).isTrue();
    }

    @Test
    void theTrustStoreFillsTheSharedTlsConfigurationByItsType() {
        SmallRyeConfig p12 = config(Map.of("fhir.tls.trust-store", "/etc/trust.p12", "fhir.tls.trust-store-password", "pw"));
        assertThat(p12.getValue("quarkus.tls.fhir.trust-store.p12.path", String.class)).isEqualTo("/etc/trust.p12");
        assertThat(p12.getValue("quarkus.tls.fhir.trust-store.p12.password", String.class)).isEqualTo("pw");
        assertThat(p12.getOptionalValue("quarkus.tls.fhir.trust-store.jks.path", String.class)).isEmpty();

        SmallRyeConfig jks = config(Map.of("fhir.tls.trust-store", "/etc/trust.jks", "fhir.tls.trust-store-type", "JKS"));
        assertThat(jks.getValue("quarkus.tls.fhir.trust-store.jks.path", String.class)).isEqualTo("/etc/trust.jks");
        assertThat(jks.getOptionalValue("quarkus.tls.fhir.trust-store.jks.password", String.class)).isEmpty();
        assertThat(jks.getOptionalValue("quarkus.tls.fhir.trust-store.p12.path", String.class)).isEmpty();

        assertThat(config(Map.of()).getOptionalValue("quarkus.tls.fhir.trust-store.p12.path", String.class)).isEmpty();
    }

    @Test
    void settingsMadeDirectlyWin() {
        SmallRyeConfig config = config(Map.of("fhir.auth.type", "none", "quarkus.oidc-client.client-enabled", "true"));
        assertThat(config.getValue("quarkus.oidc-client.client-enabled", Boolean.class)).isTrue();
    }
}
