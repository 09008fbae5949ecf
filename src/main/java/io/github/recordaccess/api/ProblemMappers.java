package io.github.recordaccess.api;

import io.github.recordaccess.fhir.FhirServerException;
import io.github.recordaccess.read.Problems;
import io.github.recordaccess.web.Problem;
import io.github.recordaccess.web.ProblemPage;
import io.github.recordaccess.web.Routes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into application/problem+json: the problem {@link Problems#of} decides. */
public class ProblemMappers {

    /** Every failure, whatever its type. */
    @ServerExceptionMapper
    public Response map(Throwable e, UriInfo uri, HttpHeaders headers) {
        String path = uri == null ? null : uri.getPath();
        if (ProblemPage.wanted(path, headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT))) {
            // A browser on a path that is no page (the pages render their own failures): a page, not JSON.
            Problem problem = Problems.of(e, Routes.nameOf(path));
            return Response.status(problem.status())
                    .type(ProblemPage.MEDIA_TYPE)
                    .entity(ProblemPage.html(problem))
                    .build();
        }
        return respond(e, uri);
    }

    static Response respond(Throwable e, UriInfo uri) {
        Problem problem = Problems.of(e, uri == null ? null : uri.getPath());
        Response.ResponseBuilder answer =
                Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (e instanceof FhirServerException fhir && fhir.retryAfterSeconds() > 0) {
            answer.header(HttpHeaders.RETRY_AFTER, fhir.retryAfterSeconds());
        }
        return problem.status() == 405
                ? answer.header("Allow", Routes.allowedMethods(uri == null ? null : uri.getPath()))
                        .build()
                : answer.build();
    }
}
