package io.github.recordaccess.fhir;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.util.KeyUtils;
import java.net.URI;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/** Refuses to start, with one sentence naming the variable, when the FHIR server settings are missing or wrong. */
@ApplicationScoped
public class FhirSettingsCheck {

    private final FhirConfig config;
    private final Instance<SSLContext> sslContext;
    private final Instance<Optional<AccessTokens>> tokens;

    public FhirSettingsCheck(FhirConfig config, Instance<SSLContext> sslContext, Instance<Optional<AccessTokens>> tokens) {
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
        if (config.auth().type() == FhirConfig.AuthType.CLIENT_CREDENTIALS) {
            checkClientCredentials(config.auth());
        }
        // Building these beans now makes their producers name any missing or unreadable setting at start-up.
        sslContext.get();
        tokens.get();
    }

    /**
     * quarkus-oidc-client would only disable a client whose settings are incomplete and say so at DEBUG,
     * so they are checked here, naming the variable.
     */
    private static void checkClientCredentials(FhirConfig.Auth auth) {
        String type = " although FHIR_AUTH_TYPE is client-credentials.";
        if (auth.tokenUrl().filter(url -> url.startsWith("https://") || url.startsWith("http://")).isEmpty()) {
            throw new ConfigurationException("FHIR_AUTH_TOKEN_URL is not set to an http or https URL" + type);
        }
        if (auth.clientId().isEmpty()) {
            throw new ConfigurationException("FHIR_AUTH_CLIENT_ID is not set" + type);
        }
        if (auth.clientSecret().isPresent() == auth.privateKey().isPresent()) {
            throw new ConfigurationException("Set either FHIR_AUTH_CLIENT_SECRET or FHIR_AUTH_PRIVATE_KEY (not both)" + type);
        }
        if (auth.privateKey().isPresent() && !signingKey(auth.privateKey().get(), auth.signatureAlgorithm())) {
            throw new ConfigurationException("FHIR_AUTH_PRIVATE_KEY is not a PEM PKCS#8 " + (auth.signatureAlgorithm().name().startsWith("ES")
                    ? "EC" : "RSA") + " private key, as FHIR_AUTH_SIGNATURE_ALGORITHM " + auth.signatureAlgorithm() + " needs.");
        }
    }

    /** Reads the key as quarkus-oidc-client will, without saying why it failed (the reason could quote the key). */
    private static boolean signingKey(String pem, FhirConfig.SignatureAlgorithm algorithm) {
        try {
            return KeyUtils.tryAsPemSigningPrivateKey(pem, SignatureAlgorithm.fromAlgorithm(algorithm.name())) != null;
        } catch (Exception e) {
            return false;
        }
    }

    static ConfigurationException missing() {
        return new ConfigurationException("FHIR_BASE_URL is not set: set it to the base URL of the FHIR R4 server "
                + "(for example https://fhir.example.org/R4), or run mvn quarkus:dev for the built-in demo.");
    }

    private static ConfigurationException invalid(String url) {
        return new ConfigurationException("FHIR_BASE_URL must be an http or https URL of the FHIR R4 server, but it is '" + url + "'.");
    }
}
