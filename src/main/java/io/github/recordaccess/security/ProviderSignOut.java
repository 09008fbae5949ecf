package io.github.recordaccess.security;

import io.github.recordaccess.web.PageHeaders;
import io.quarkus.logging.Log;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0), done by the service's own sign-out rather than by
 * quarkus-oidc's logout path: quarkus-oidc answers its logout path for any GET before any check of ours, so any site
 * could sign a person out with a link. Here the address of the provider's end-session endpoint is made only after the
 * sign-out form has been checked, with the person's ID token as {@code id_token_hint}, the pages' client id, and
 * {@code post_logout_redirect_uri} the signed-out page of the host the person used (one of the allowed hosts). The
 * endpoint must be on the provider's origin, the one the pages' Content-Security-Policy lets the form go on to
 * ({@link PageHeaders}).
 */
@ApplicationScoped
public class ProviderSignOut {

    private final boolean enabled;
    private final Optional<String> providerOrigin;
    private final String clientId;
    private final boolean forceHttps;
    private final Instance<OidcConfigurationMetadata> metadata;

    public ProviderSignOut(
            PagesAccess pages,
            @ConfigProperty(name = "quarkus.oidc.web.auth-server-url") Optional<String> provider,
            @ConfigProperty(name = "quarkus.oidc.web.client-id") Optional<String> clientId,
            @ConfigProperty(
                            name = "quarkus.oidc.web.authentication.force-redirect-https-scheme",
                            defaultValue = "false")
                    boolean forceHttps,
            Instance<OidcConfigurationMetadata> metadata) {
        this.enabled = pages.signOutAtProvider();
        this.providerOrigin = provider.flatMap(PageHeaders::originOf);
        this.clientId = clientId.orElse(null);
        this.forceHttps = forceHttps;
        this.metadata = metadata;
    }

    /**
     * Where to send a person whose session here has just ended, to end the provider's too: empty when that is not
     * configured, the person did not sign in through the pages, or the provider has no end-session endpoint.
     */
    public Optional<URI> endSession(SecurityIdentity identity, UriInfo request, String signedOutPath) {
        IdTokenCredential idToken = identity == null ? null : identity.getCredential(IdTokenCredential.class);
        if (!enabled || idToken == null) {
            return Optional.empty();
        }
        String endpoint = metadata.get().getEndSessionUri();
        if (endpoint == null || endpoint.isBlank()) {
            Log.warn("Sign-out at the identity provider is on, but the provider has no end_session_endpoint: "
                    + "the session ended here only.");
            return Optional.empty();
        }
        if (!PageHeaders.originOf(endpoint).equals(providerOrigin)) {
            // The pages' Content-Security-Policy lets the sign-out form go on to the provider's own origin only.
            Log.warn("The provider's end_session_endpoint is not on the origin of QUARKUS_OIDC_WEB_AUTH_SERVER_URL, "
                    + "where the pages' form-action lets the sign-out go: the session ended here only.");
            return Optional.empty();
        }
        UriBuilder back = request.getBaseUriBuilder().replacePath(signedOutPath).replaceQuery(null);
        if (forceHttps) {
            back.scheme("https");
        }
        UriBuilder endSession = UriBuilder.fromUri(endpoint).queryParam("id_token_hint", idToken.getToken());
        if (clientId != null) {
            endSession.queryParam("client_id", clientId);
        }
        return Optional.of(
                endSession.queryParam("post_logout_redirect_uri", back.build()).build());
    }
}
