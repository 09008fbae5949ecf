package io.github.recordaccess.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationRedirectException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;

/**
 * Failures that never reach JAX-RS (no route, a body over the limit, anything thrown below the resources)
 * answer as problems too. Handling them here means the Quarkus error handler, which logs the raw request
 * path with a stack trace, is never reached: a path may hold an NHS number.
 */
@ApplicationScoped
public class FrameworkFailures {

    /** After the security refusals (Integer.MIN_VALUE) and Quarkus's own challenge handler (MIN_VALUE + 1). */
    static final int ORDER = Integer.MIN_VALUE + 2;

    private final ObjectMapper json;

    public FrameworkFailures(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).failureHandler(this::failed);
        router.errorHandler(404, rc -> answer(rc, 404));
        router.errorHandler(405, rc -> answer(rc, 405));
    }

    void failed(RoutingContext rc) {
        if (rc.response().ended()) {
            return;
        }
        if (rc.response().closed()) {
            // The client went away (an abort mid-request or mid-response): nobody to answer, and not our fault.
            Log.debugf(
                    "The client closed the connection while %s %s was served",
                    rc.request().method(), Routes.nameOf(rc.normalizedPath()));
            return;
        }
        if (rc.response().headWritten()) {
            rc.response().close();
            return;
        }
        if (rc.failure() instanceof AuthenticationRedirectException redirect) {
            // The pages' sign-in (authorization code flow) sends the browser on: to the identity provider, or back to
            // the page asked for once the code is exchanged. Not a failure.
            rc.response()
                    .setStatusCode(redirect.getCode())
                    .putHeader("Location", redirect.getRedirectUri())
                    .putHeader("Cache-Control", "no-store")
                    .end();
            return;
        }
        if (rc.failure() == null || (rc.statusCode() >= 400 && rc.statusCode() < 500)) {
            answer(rc, rc.statusCode() < 0 ? 500 : rc.statusCode());
            return;
        }
        // Only the type and the route template: the message may quote the path or data from elsewhere.
        Log.errorf(
                "Unexpected %s while serving %s %s",
                rc.failure().getClass().getName(), rc.request().method(), Routes.nameOf(rc.normalizedPath()));
        Log.debug("Unexpected failure", rc.failure());
        ProblemResponses.end(
                rc, json, ProblemType.INTERNAL_ERROR, "The service failed unexpectedly. No recommendation was made.");
    }

    private void answer(RoutingContext rc, int status) {
        switch (status) {
            case 404 -> ProblemResponses.end(rc, json, ProblemType.NOT_FOUND, "There is no resource at this path.");
            case 405 ->
                ProblemResponses.end(
                        rc, json, ProblemType.METHOD_NOT_ALLOWED, "This path does not accept that HTTP method.");
            case 413 -> ProblemResponses.end(rc, json, ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large.");
            default -> {
                if (status >= 500) {
                    ProblemResponses.end(
                            rc,
                            json,
                            ProblemType.INTERNAL_ERROR,
                            "The service failed unexpectedly. No recommendation was made.");
                } else {
                    String title = HttpResponseStatus.valueOf(status).reasonPhrase();
                    ProblemResponses.end(
                            rc,
                            json,
                            new Problem(
                                    URI.create("/problems/http-" + status),
                                    title,
                                    status,
                                    "The request could not be served: " + title + ".",
                                    Routes.nameOf(rc.normalizedPath()),
                                    null));
                }
            }
        }
    }
}
