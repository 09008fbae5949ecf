package io.github.recordaccess.api;

import io.github.recordaccess.fhir.AmbiguousMatchException;
import io.github.recordaccess.fhir.FhirServerException;
import io.github.recordaccess.patient.PatientNotFoundException;
import io.github.recordaccess.practice.PracticeNotFoundException;
import io.github.recordaccess.registry.RegistryChangedException;
import io.github.recordaccess.registry.RegistryUnavailableException;
import io.github.recordaccess.security.OutsideScopeException;
import io.github.recordaccess.web.Problem;
import io.github.recordaccess.web.ProblemPage;
import io.github.recordaccess.web.ProblemType;
import io.github.recordaccess.web.Routes;
import io.quarkus.logging.Log;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into application/problem+json. */
public class ProblemMappers {

    /** Every failure, whatever its type: {@link #problemFor} decides the problem it becomes. */
    @ServerExceptionMapper
    public Response map(Throwable e, UriInfo uri, HttpHeaders headers) {
        String path = uri == null ? null : uri.getPath();
        if (ProblemPage.wanted(path, headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT))) {
            // A browser on a path that is no page (the pages render their own failures): a page, not JSON.
            Problem problem = problemFor(e, Routes.nameOf(path));
            return Response.status(problem.status())
                    .type(ProblemPage.MEDIA_TYPE)
                    .entity(ProblemPage.html(problem))
                    .build();
        }
        return respond(e, uri);
    }

    static Response respond(Throwable e, UriInfo uri) {
        Problem problem = problemFor(e, uri == null ? null : uri.getPath());
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

    /** The problem for any failure; also used for the failed rows of the practice overview. */
    public static Problem problemFor(Throwable e, String instance) {
        if (e instanceof OutsideScopeException refused) {
            return Problem.of(refused.type(), refused.getMessage(), instance);
        }
        if (e instanceof InvalidRegistryException invalid) {
            return Problem.of(invalid.type(), invalid.getMessage(), instance, invalid.errors());
        }
        if (e instanceof ApiException api) {
            return Problem.of(api.type(), api.getMessage(), instance);
        }
        if (e instanceof RegistryUnavailableException unavailable) {
            Log.warnf("Database failed: %s", e.getMessage());
            String detail = unavailable.changedNothing() ? e.getMessage() + " Nothing was changed." : e.getMessage();
            return Problem.of(ProblemType.DATABASE_UNAVAILABLE, detail, instance);
        }
        if (e instanceof RegistryChangedException) {
            return Problem.of(ProblemType.REGISTRY_CHANGED, e.getMessage(), instance);
        }
        if (e instanceof PatientNotFoundException) {
            return Problem.of(ProblemType.PATIENT_NOT_FOUND, e.getMessage(), instance);
        }
        if (e instanceof PracticeNotFoundException) {
            return Problem.of(ProblemType.PRACTICE_NOT_FOUND, e.getMessage(), instance);
        }
        if (e instanceof AmbiguousMatchException) {
            return Problem.of(
                    ProblemType.AMBIGUOUS_RECORD,
                    e.getMessage() + "; the records must be merged before a recommendation can be made.",
                    instance);
        }
        if (e instanceof FhirServerException fhir) {
            Log.warnf("FHIR interaction failed: %s", fhir.getMessage());
            ProblemType type = switch (fhir.kind()) {
                case UNAVAILABLE -> ProblemType.FHIR_UNAVAILABLE;
                case ERROR_RESPONSE -> ProblemType.FHIR_ERROR_RESPONSE;
                case INVALID_RESPONSE -> ProblemType.FHIR_INVALID_RESPONSE;
                case INCOMPLETE -> ProblemType.FHIR_INCOMPLETE;
                case INCONSISTENT -> ProblemType.FHIR_INCONSISTENT_RESULTS;
                case TOO_LARGE -> ProblemType.FHIR_RESPONSE_TOO_LARGE;
                case BUSY -> ProblemType.FHIR_BUSY;
            };
            return Problem.of(type, fhir.getMessage() + " No recommendation was made.", instance);
        }
        if (e instanceof NotFoundException) {
            // A path that is one of the routes, asked with another method: every route is GET.
            return Routes.templateOf(instance).isPresent()
                    ? Problem.of(
                            ProblemType.METHOD_NOT_ALLOWED,
                            "This path answers " + Routes.allowedMethods(instance) + " only.",
                            instance)
                    : Problem.of(ProblemType.NOT_FOUND, "There is no resource at this path.", instance);
        }
        if (e instanceof NotAllowedException) {
            return Problem.of(ProblemType.METHOD_NOT_ALLOWED, "This path does not accept that HTTP method.", instance);
        }
        if (e instanceof NotAcceptableException) {
            return Problem.of(
                    ProblemType.NOT_ACCEPTABLE,
                    "This path answers application/json (and text/csv for lists).",
                    instance);
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            String title = known == null ? "HTTP " + status : known.getReasonPhrase();
            return new Problem(
                    java.net.URI.create("/problems/http-" + status), title, status, title + ".", instance, null);
        }
        // The message may quote data from elsewhere, so only the type is logged at error level.
        Log.errorf("Unexpected %s while serving a request", e.getClass().getName());
        Log.debug("Unexpected failure", e);
        return Problem.of(
                ProblemType.INTERNAL_ERROR, "The service failed unexpectedly. No recommendation was made.", instance);
    }
}
