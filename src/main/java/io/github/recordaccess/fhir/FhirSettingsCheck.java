package io.github.recordaccess.fhir;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/** Refuses to start, with one sentence naming the variable, when the FHIR server settings are missing or wrong. */
@ApplicationScoped
public class FhirSettingsCheck {

    private final FhirConfig config;
    private final Instance<SSLContext> sslContext;
    private final Instance<Optional<AccessTokens>> tokens;

    public FhirSettingsCheck(
            FhirConfig config, Instance<SSLContext> sslContext, Instance<Optional<AccessTokens>> tokens) {
        this.config = config;
        this.sslContext = sslContext;
        this.tokens = tokens;
    }

    void check(@Observes @Priority(1) StartupEvent event) {
        String url = config.baseUrl().orElseThrow(FhirSettingsCheck::missing);
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw invalid(url);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw invalid(url);
        }
        if (config.auth().type() == FhirAuthConfig.AuthType.CLIENT_CREDENTIALS) {
            FhirAuthConfig auth = config.auth();
            Map<String, Optional<String>> settings = Map.of(
                    "fhir.auth.token-url",
                    auth.tokenUrl(),
                    "fhir.auth.client-id",
                    auth.clientId(),
                    "fhir.auth.client-secret",
                    auth.clientSecret(),
                    "fhir.auth.private-key",
                    auth.privateKey(),
                    "fhir.auth.signature-algorithm",
                    Optional.of(auth.signatureAlgorithm().name()));
            ClientCredentialsSettings.problem(settings::get).ifPresent(problem -> {
                throw new ConfigurationException(problem);
            });
        }
        // Building these beans now makes their producers name any missing or unreadable setting at start-up.
        sslContext.get();
        tokens.get();
    }

    static ConfigurationException missing() {
        return new ConfigurationException("FHIR_BASE_URL is not set: set it to the base URL of the FHIR R4 server "
                + "(for example https://fhir.example.org/R4), or run mvn quarkus:dev for the built-in demo.");
    }

    private static ConfigurationException invalid(String url) {
        return new ConfigurationException(
                "FHIR_BASE_URL must be an http or https URL of the FHIR R4 server, but it is '" + url + "'.");
    }
}
