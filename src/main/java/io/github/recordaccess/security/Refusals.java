package io.github.recordaccess.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.recordaccess.web.Problem;
import io.github.recordaccess.web.ProblemResponses;
import io.github.recordaccess.web.ProblemType;
import io.github.recordaccess.web.Routes;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;

/**
 * Every refusal (401, 403), wherever it is decided, answers as a problem and leaves one {@code
 * access-refused} event: time, route template, status, reason, caller if known, client address, request id.
 * Never the raw path, never patient data.
 */
@ApplicationScoped
public class Refusals {

    private final AuditLog log;
    private final ObjectMapper json;

    public Refusals(AuditLog log, ObjectMapper json) {
        this.log = log;
        this.json = json;
    }

    /** Runs before Quarkus's own challenge handler, which answers with an empty body. */
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(rc -> {
            Optional<Refusal> refusal = of(rc.failure(), rc);
            if (refusal.isPresent() && !rc.response().ended()) {
                end(rc, refusal.get());
            } else {
                rc.next();
            }
        });
    }

    /** A refusal, if the failure is one. */
    Optional<Refusal> of(Throwable failure, RoutingContext rc) {
        if (failure instanceof io.quarkus.security.AuthenticationCompletionException) {
            // The pages' sign-in came back but could not be completed (a code or ID token the service refused).
            return Optional.of(Refusal.unauthorized("The sign-in could not be completed. Sign in again."));
        }
        if (failure instanceof AuthenticationFailedException) {
            return Optional.of(
                    Refusal.unauthorized("The bearer token was not accepted (signature, issuer, audience or expiry)."));
        }
        if (failure instanceof UnauthorizedException) {
            boolean sent = rc.request().getHeader(HttpHeaders.AUTHORIZATION) != null;
            return Optional.of(Refusal.unauthorized(
                    sent
                            ? "The credentials sent are not a bearer token this service accepts."
                            : "No bearer token was sent."));
        }
        if (failure instanceof ForbiddenException) {
            return Optional.of(
                    new Refusal(ProblemType.FORBIDDEN, "The caller does not have the role this path needs."));
        }
        return Optional.empty();
    }

    void end(RoutingContext rc, Refusal refusal) {
        record(rc, refusal);
        if (refusal.type() == ProblemType.UNAUTHORIZED) {
            rc.response().putHeader("WWW-Authenticate", "Bearer");
        }
        ProblemResponses.end(rc, json, refusal.type(), refusal.reason());
    }

    Problem problem(RoutingContext rc, Refusal refusal) {
        record(rc, refusal);
        return Problem.of(refusal.type(), refusal.reason(), Routes.nameOf(rc.normalizedPath()));
    }

    private void record(RoutingContext rc, Refusal refusal) {
        recordScope(rc, refusal.type(), refusal.reason(), null);
    }

    /**
     * One {@code access-refused} event. {@code nhsNumber} is the number asked for when the caller's scope turned the
     * answer into a 404: who tried to read whom is what an information-governance lead needs (never in ordinary logs).
     */
    void recordScope(RoutingContext rc, ProblemType type, String reason, String nhsNumber) {
        Map<String, Object> event =
                log.event(AuditEventType.ACCESS_REFUSED, rc.request().getHeader("X-Request-Id"));
        event.put("status", type.status());
        event.put("reason", reason);
        event.put("method", rc.request().method().name());
        event.put("path", Routes.nameOf(rc.normalizedPath()));
        event.put("caller", Callers.of(rc));
        event.put("clientAddress", Callers.clientAddress(rc));
        if (nhsNumber != null) {
            event.put("nhsNumber", nhsNumber);
        }
        log.write(event);
    }

    /** Why a request was refused: the problem type says 401 or 403, the reason says why. */
    record Refusal(ProblemType type, String reason) {
        static Refusal unauthorized(String reason) {
            return new Refusal(ProblemType.UNAUTHORIZED, reason);
        }
    }
}
