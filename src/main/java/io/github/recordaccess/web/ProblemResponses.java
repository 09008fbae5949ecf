package io.github.recordaccess.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;

/** Writes a problem as the whole answer (an HTML page for a browser outside /api, see {@link ProblemPage}), for refusals made below JAX-RS (in Vert.x filters and failure handlers). */
public final class ProblemResponses {

    private ProblemResponses() {}

    /** Ends the response with the problem; the instance is the route template, never the raw path. */
    public static void end(RoutingContext rc, ObjectMapper json, ProblemType type, String detail) {
        end(rc, json, Problem.of(type, detail, Routes.nameOf(rc.normalizedPath())));
    }

    public static void end(RoutingContext rc, ObjectMapper json, Problem problem) {
        if (ProblemPage.wanted(rc.normalizedPath(), rc.request().getHeader("Accept"))) {
            rc.response()
                    .setStatusCode(problem.status())
                    .putHeader("Content-Type", ProblemPage.MEDIA_TYPE)
                    .end(ProblemPage.html(problem));
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        rc.response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(body);
    }
}
