package io.github.recordaccess.fhir;

import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How the service authenticates to the FHIR server ({@code fhir.auth.*}): a group of {@link FhirConfig}. */
public interface FhirAuthConfig {

    /** {@code none} (default), {@code bearer} (a static token, from a Secret) or {@code client-credentials} (OAuth2). */
    @WithDefault("none")
    AuthType type();

    /** The bearer token for {@code type=bearer} ({@code FHIR_AUTH_TOKEN}); never logged. */
    Optional<String> token();

    /** OAuth2 token endpoint for {@code client-credentials}. */
    Optional<String> tokenUrl();

    /** OAuth2 client id. */
    Optional<String> clientId();

    /** OAuth2 client secret; or use {@code private-key} for private-key JWT client authentication. */
    Optional<String> clientSecret();

    /** PEM (PKCS#8) private key, RSA or EC, that signs a client assertion (RFC 7523) instead of a secret. */
    Optional<String> privateKey();

    /** How the client assertion is signed: {@code RS384} (default) or {@code ES384}, as SMART Backend Services asks, or {@code RS256}. */
    @WithDefault("RS384")
    SignatureAlgorithm signatureAlgorithm();

    /** The {@code kid} header of the client assertion: the id of the public key the token endpoint knows (its JWKS). */
    Optional<String> keyId();

    /** Scopes to ask for, space-separated. */
    Optional<String> scope();

    /** A token is renewed this long before it expires. */
    @WithDefault("30s")
    Duration refreshBefore();

    enum AuthType {
        NONE,
        BEARER,
        CLIENT_CREDENTIALS
    }

    /** The client assertion's signature algorithms; the key must match (RSA for RS*, EC P-384 for ES384). */
    enum SignatureAlgorithm {
        RS384,
        ES384,
        RS256
    }
}
