package io.github.recordaccess.api;

import io.github.recordaccess.web.Problem;
import io.github.recordaccess.web.ProblemType;
import io.github.recordaccess.web.Routes;
import io.quarkus.logging.Log;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A request body that cannot be read is the client's doing, not a fault of the service: the client closed the
 * connection part-way (an abort), stopped sending until the read timed out, or sent a body without Content-Length
 * that passed {@code quarkus.http.limits.max-body-size}, which the framework has then answered with 413 and a closed
 * connection. None of them is an internal error: each is logged at INFO with the route template, without a stack
 * trace, and the resource's audit event records the status given here (413, or 400), never a 500. The only
 * IOException our resources can meet is this one, as the framework reads a body for them.
 */
public class RequestBodyFailures {

    private final CurrentVertxRequest current;

    public RequestBodyFailures(CurrentVertxRequest current) {
        this.current = current;
    }

    @ServerExceptionMapper
    public Response unreadable(IOException e, UriInfo uri) {
        RoutingContext rc = current.getCurrent();
        String route = Routes.nameOf(uri == null ? null : uri.getPath());
        String method = rc == null ? "?" : rc.request().method().name();
        if (rc != null && rc.response().ended() && rc.response().getStatusCode() == 413) {
            Log.infof("%s %s: a body without Content-Length passed the size limit; answered 413", method, route);
            // Already answered and closed by the framework: this status is only what the audit records.
            return Response.status(413).build();
        }
        boolean gone = rc == null || rc.response().closed();
        Log.infof(
                "%s %s: the request body did not arrive whole (%s); nothing was done",
                method,
                route,
                gone ? "the client closed the connection" : e.getClass().getSimpleName());
        return Response.status(400)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(
                        ProblemType.REQUEST_BODY_INCOMPLETE,
                        "The request body did not arrive whole, so nothing was done. Send it again.",
                        route))
                .build();
    }
}
