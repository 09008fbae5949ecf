package io.github.recordaccess.fhir;

import io.quarkus.logging.Log;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.oidc.client.runtime.TokensHelper;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Map;

/**
 * OAuth2 client-credentials tokens from quarkus-oidc-client (configured from {@code fhir.auth.*} in
 * application.properties). {@link TokensHelper} keeps one token until {@code fhir.auth.refresh-before}
 * before it expires and lets one request at a time fetch the next. Tokens are never logged.
 */
final class OidcClientTokens implements AccessTokens {

    private static final String INTERACTION = "fetch FHIR access token";

    private final OidcClient client;
    private final TokensHelper tokens = new TokensHelper();
    private final Duration timeout;

    OidcClientTokens(OidcClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public String current() {
        return await(tokens.getTokens(client));
    }

    /** Fetches a new token at once, in place of the one the server refused. */
    @Override
    public boolean invalidate() {
        await(tokens.getTokens(client, Map.of(), true));
        return true;
    }

    private String await(Uni<Tokens> pending) {
        try {
            return pending.await().atMost(timeout).getAccessToken();
        } catch (RuntimeException e) {
            // The exception's message may quote the token endpoint's answer: only its type is logged.
            Log.debugf("FHIR access token not fetched: %s", e.getClass().getSimpleName());
            throw new FhirServerException(
                    FhirServerException.Kind.UNAVAILABLE,
                    INTERACTION,
                    "The FHIR server's token endpoint did not issue an access token.",
                    0,
                    true);
        }
    }
}
