package io.github.recordaccess.security;

import io.github.recordaccess.web.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Refusals decided inside JAX-RS answer exactly as those decided before it (see {@link Refusals}). */
public class RefusalMappers {

    private final Refusals refusals;
    private final CurrentVertxRequest current;

    public RefusalMappers(Refusals refusals, CurrentVertxRequest current) {
        this.refusals = refusals;
        this.current = current;
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class, ForbiddenException.class})
    public Response refused(RuntimeException e) {
        RoutingContext rc = current.getCurrent();
        Refusals.Refusal refusal = refusals.of(e, rc).orElseThrow();
        Response.ResponseBuilder answer = Response.status(refusal.type().status())
                .type(Problem.MEDIA_TYPE)
                .entity(refusals.problem(rc, refusal));
        return refusal.type().status() == 401
                ? answer.header("WWW-Authenticate", "Bearer").build()
                : answer.build();
    }
}
