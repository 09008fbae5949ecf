package io.github.recordaccess.fhir;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.util.KeyUtils;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether the {@code client-credentials} settings are complete, and if not, one sentence naming the
 * variable to set. quarkus-oidc-client would fail on them at start-up with a stack trace, or disable
 * its client and say so only at DEBUG: {@link FhirClientSettings} enables the client only when they
 * are complete, and {@link FhirSettingsCheck} refuses to start with this sentence when they are not.
 */
final class ClientCredentialsSettings {

    private static final String TYPE = " although FHIR_AUTH_TYPE is client-credentials.";

    private ClientCredentialsSettings() {}

    /** @param setting a {@code fhir.auth.*} property by name; empty when unset */
    static Optional<String> problem(Function<String, Optional<String>> setting) {
        if (setting.apply("fhir.auth.token-url")
                .filter(url -> url.startsWith("https://") || url.startsWith("http://"))
                .isEmpty()) {
            return Optional.of("FHIR_AUTH_TOKEN_URL is not set to an http or https URL" + TYPE);
        }
        if (setting.apply("fhir.auth.client-id").isEmpty()) {
            return Optional.of("FHIR_AUTH_CLIENT_ID is not set" + TYPE);
        }
        Optional<String> key = setting.apply("fhir.auth.private-key");
        if (setting.apply("fhir.auth.client-secret").isPresent() == key.isPresent()) {
            return Optional.of("Set either FHIR_AUTH_CLIENT_SECRET or FHIR_AUTH_PRIVATE_KEY (not both)" + TYPE);
        }
        String algorithm = setting.apply("fhir.auth.signature-algorithm")
                .orElse(FhirAuthConfig.SignatureAlgorithm.RS384.name())
                .toUpperCase(Locale.ROOT);
        if (key.isPresent() && !signingKey(key.get(), algorithm)) {
            return Optional.of(
                    "FHIR_AUTH_PRIVATE_KEY is not a PEM PKCS#8 " + (algorithm.startsWith("ES") ? "EC" : "RSA")
                            + " private key, as FHIR_AUTH_SIGNATURE_ALGORITHM " + algorithm + " needs.");
        }
        return Optional.empty();
    }

    /** Reads the key as quarkus-oidc-client will, without saying why it failed: the reason could quote the key. */
    private static boolean signingKey(String pem, String algorithm) {
        try {
            return KeyUtils.tryAsPemSigningPrivateKey(pem, SignatureAlgorithm.fromAlgorithm(algorithm)) != null;
        } catch (Exception e) {
            return false;
        }
    }
}
