package io.github.recordaccess.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every request goes through first, before authentication and before its body is read: a request
 * id, the headers every answer carries, a blank Accept read as any type, no Authorization header on
 * public paths, and the body-size limit checked from Content-Length.
 */
@ApplicationScoped
public class EdgeFilters {

    public static final String REQUEST_ID = "X-Request-Id";
    /** Runs before CORS (300) and authentication (200). */
    static final int PRIORITY = 1000;

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final AccessPaths publicPaths;
    private final PageHeaders pageHeaders;
    private final ObjectMapper json;
    private final long maxBody;
    private final long maxUpload;

    public EdgeFilters(
            AccessPaths publicPaths,
            PageHeaders pageHeaders,
            ObjectMapper json,
            HttpLimits limits,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxUpload) {
        this.publicPaths = publicPaths;
        this.pageHeaders = pageHeaders;
        this.json = json;
        this.maxBody = limits.maxBodySize().asLongValue();
        this.maxUpload = maxUpload.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String path = rc.normalizedPath();
        // The caller's id is kept when it is plainly an id; audit events get their own eventId besides.
        String given = request.getHeader(REQUEST_ID);
        String requestId = given != null && SAFE_ID.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        request.headers().set(REQUEST_ID, requestId);
        // The API and the pages carry patient data: never stored. Static assets and /q/ keep their own rules.
        boolean noStore = !path.startsWith(Routes.STATIC) && !path.startsWith("/q/");
        rc.addHeadersEndHandler(v -> {
            rc.response().headers().set(REQUEST_ID, requestId).set("X-Content-Type-Options", "nosniff");
            if (noStore) {
                rc.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
                pageHeaders.addTo(rc.response());
            }
        });
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.isBlank()) {
            request.headers().set(HttpHeaders.ACCEPT, "*/*");
        }
        if (publicPaths.contains(path)) {
            request.headers().remove(HttpHeaders.AUTHORIZATION);
        }
        long limit = path.startsWith(Routes.ADMIN_UPLOADS) ? maxUpload : maxBody;
        if (declaredLength(request) > limit) {
            // Answer at once and close, so the body is neither read nor drained.
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            ProblemResponses.end(
                    rc,
                    json,
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body may be at most " + limit / 1024 + " kB here.");
            if (request.version() != HttpVersion.HTTP_2) {
                request.connection().close();
            }
            return;
        }
        rc.next();
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return 0;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
