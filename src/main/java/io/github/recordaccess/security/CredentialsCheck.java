package io.github.recordaccess.security;

import io.github.recordaccess.web.AccessPaths;
import io.github.recordaccess.web.Routes;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Base64;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, before authentication and before the body is read, what needs no verifier to refuse: no
 * bearer token on a protected path (none, or another scheme such as Basic), and a bearer token that is not even a signed JWT (three base64url
 * parts, a JSON header naming its algorithm, a JSON payload, a signature). Some such shapes made the
 * token verifier throw, which answered 500 and logged the path with a stack trace.
 */
@ApplicationScoped
public class CredentialsCheck {

    /** After the edge filters (1000), which drop the header on public paths; before authentication (200). */
    static final int PRIORITY = 900;

    private static final String BEARER = "Bearer";
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");

    private final Refusals refusals;
    private final AccessPaths paths;
    private final boolean pagesSignIn;

    public CredentialsCheck(
            Refusals refusals,
            AccessPaths paths,
            @ConfigProperty(name = "quarkus.oidc.web.tenant-enabled", defaultValue = "false") boolean pagesSignIn) {
        this.refusals = refusals;
        this.paths = paths;
        this.pagesSignIn = pagesSignIn;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext rc) {
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        String path = rc.normalizedPath();
        boolean page = Routes.isPage(path);
        // With sign-in, the pages take a session cookie (no bearer token): quarkus-oidc sends a person without one to
        // the identity provider. Without sign-in configured, nobody can be let in.
        if (page && !pagesSignIn && paths.isProtected(path)) {
            refusals.end(
                    rc,
                    Refusals.Refusal.unauthorized(
                            "Sign-in is not configured for the pages (QUARKUS_OIDC_WEB_TENANT_ENABLED), so they are closed."));
            return;
        }
        if (!isBearer(authorization) && paths.isProtected(path) && !page) {
            refusals.end(
                    rc,
                    Refusals.Refusal.unauthorized(
                            authorization == null
                                    ? "No bearer token was sent."
                                    : "Only bearer tokens are accepted; the Authorization header used another scheme."));
            return;
        }
        if (isBearer(authorization)
                && !isSignedJwt(authorization.substring(BEARER.length()).trim())) {
            refusals.end(rc, Refusals.Refusal.unauthorized("The bearer token is not a signed JWT."));
            return;
        }
        rc.next();
    }

    private static boolean isBearer(String authorization) {
        return authorization != null
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && (authorization.length() == BEARER.length()
                        || Character.isWhitespace(authorization.charAt(BEARER.length())));
    }

    static boolean isSignedJwt(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3
                || !BASE64URL.matcher(parts[0]).matches()
                || !BASE64URL.matcher(parts[1]).matches()
                || !BASE64URL.matcher(parts[2]).matches()) {
            return false;
        }
        try {
            JsonObject header = new JsonObject(
                    new String(Base64.getUrlDecoder().decode(parts[0]), java.nio.charset.StandardCharsets.UTF_8));
            new JsonObject(
                    new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8));
            return header.getValue("alg") instanceof String alg && !alg.isBlank() && !"none".equalsIgnoreCase(alg);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
