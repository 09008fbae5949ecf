package io.github.recordaccess.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The headers of every HTML answer of ours (the pages and their error pages): a Content-Security-Policy
 * that admits only this service's own files. The pages have no inline script or style, so none is allowed;
 * {@code img-src data:} is for the icons the NHS.UK stylesheet embeds. Swagger UI (under /q/) is not ours
 * and keeps its own rules.
 *
 * <p>With sign-out at the identity provider ({@code access.pages.sign-out-at-provider}), the sign-out form's answer
 * redirects to the provider's end-session endpoint, and browsers hold a form's redirects to {@code form-action} too:
 * the provider's origin (that of {@code quarkus.oidc.web.auth-server-url}) is then admitted there, and nowhere else.
 */
@ApplicationScoped
public class PageHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final String policy;

    public PageHeaders(
            @ConfigProperty(name = "quarkus.oidc.web.tenant-enabled", defaultValue = "false") boolean signIn,
            @ConfigProperty(name = "access.pages.sign-out-at-provider", defaultValue = "false") boolean atProvider,
            @ConfigProperty(name = "quarkus.oidc.web.auth-server-url") Optional<String> provider) {
        Optional<String> signOutOrigin =
                signIn && atProvider ? provider.flatMap(PageHeaders::originOf) : Optional.empty();
        this.policy = signOutOrigin
                .map(origin -> CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + origin))
                .orElse(CONTENT_SECURITY_POLICY);
    }

    /** The Content-Security-Policy the pages carry. */
    public String contentSecurityPolicy() {
        return policy;
    }

    /** {@code scheme://host[:port]} of an absolute URL, as a CSP source names an origin. */
    public static Optional<String> originOf(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(
                    uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    void addTo(HttpServerResponse response) {
        String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.startsWith("text/html")) {
            response.headers()
                    .set("Content-Security-Policy", policy)
                    .set("Referrer-Policy", "no-referrer")
                    .set("X-Frame-Options", "DENY");
        }
    }
}
