package io.github.recordaccess.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.recordaccess.web.ProblemResponses;
import io.github.recordaccess.web.ProblemType;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With the pages' sign-in on, the pages answer only for the configured host names ({@code access.pages.allowed-hosts}).
 * quarkus-oidc builds the sign-in redirect URI, and the address it returns a person to, from the request's own host:
 * a request naming another host (in {@code Host}, or in an absolute request line) would send the identity provider a
 * redirect URI of that host, and the person after it. Such a request gets a 421 problem instead, never a redirect.
 * This runs before authentication (200), where quarkus-oidc redirects; the API and /q/ (bearer tokens, probes by pod
 * address) never redirect and are not checked.
 */
@ApplicationScoped
public class PageHostCheck {

    /** After the edge filters (1000), before the credentials check (900) and authentication (200). */
    static final int PRIORITY = 950;

    private final boolean signIn;
    private final Set<String> allowed;
    private final ObjectMapper json;

    public PageHostCheck(
            @ConfigProperty(name = "quarkus.oidc.web.tenant-enabled", defaultValue = "false") boolean signIn,
            PagesAccess pages,
            ObjectMapper json) {
        this.signIn = signIn;
        this.allowed = pages.allowedHosts().orElse(List.of()).stream()
                .map(PageHostCheck::normalized)
                .collect(Collectors.toUnmodifiableSet());
        this.json = json;
    }

    void register(@Observes Filters filters) {
        if (signIn) {
            filters.register(this::handle, PRIORITY);
        }
    }

    void handle(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (path.startsWith("/api/") || path.startsWith("/q/") || allows(rc.request())) {
            rc.next();
            return;
        }
        ProblemResponses.end(
                rc,
                json,
                ProblemType.HOST_NOT_SERVED,
                "The pages answer only for the service's own host names; this request named another.");
    }

    /** The host as quarkus-oidc reads it for the redirect URI: from the request's absolute URI. */
    private boolean allows(HttpServerRequest request) {
        try {
            String absolute = request.absoluteURI();
            String host = absolute == null ? null : URI.create(absolute).getHost();
            return host != null && allowed.contains(normalized(host));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String normalized(String host) {
        String name = host.trim().toLowerCase(Locale.ROOT);
        return name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
    }
}
