package io.github.recordaccess.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;

/**
 * The headers of every HTML answer of ours (the pages and their error pages): a Content-Security-Policy
 * that admits only this service's own files. The pages have no inline script or style, so none is allowed;
 * {@code img-src data:} is for the icons the NHS.UK stylesheet embeds. Swagger UI (under /q/) is not ours
 * and keeps its own rules.
 */
public final class PageHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private PageHeaders() {}

    static void addTo(HttpServerResponse response) {
        String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.startsWith("text/html")) {
            response.headers()
                    .set("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                    .set("Referrer-Policy", "no-referrer")
                    .set("X-Frame-Options", "DENY");
        }
    }
}
