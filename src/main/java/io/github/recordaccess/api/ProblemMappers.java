package io.github.recordaccess.api;

import io.github.recordaccess.fhir.AmbiguousMatchException;
import io.github.recordaccess.fhir.FhirServerException;
import io.github.recordaccess.patient.PatientNotFoundException;
import io.github.recordaccess.practice.PracticeNotFoundException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into application/problem+json. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return problem(e.type(), e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response patientNotFound(PatientNotFoundException e, UriInfo uri) {
        return problem(ProblemType.PATIENT_NOT_FOUND, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response practiceNotFound(PracticeNotFoundException e, UriInfo uri) {
        return problem(ProblemType.PRACTICE_NOT_FOUND, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response ambiguous(AmbiguousMatchException e, UriInfo uri) {
        return problem(ProblemType.AMBIGUOUS_RECORD, e.getMessage() + "; the records must be merged before a recommendation can be made.", uri);
    }

    @ServerExceptionMapper
    public Response fhir(FhirServerException e, UriInfo uri) {
        Log.warnf("FHIR interaction failed: %s", e.getMessage());
        ProblemType type = switch (e.kind()) {
            case UNAVAILABLE -> ProblemType.FHIR_UNAVAILABLE;
            case ERROR_RESPONSE -> ProblemType.FHIR_ERROR_RESPONSE;
            case INVALID_RESPONSE -> ProblemType.FHIR_INVALID_RESPONSE;
            case INCOMPLETE -> ProblemType.FHIR_INCOMPLETE;
        };
        return problem(type, e.getMessage() + " No recommendation was made.", uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(ProblemType.NOT_FOUND, "There is no resource at this path.", uri);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        return problem(ProblemType.METHOD_NOT_ALLOWED, "This path does not accept that HTTP method.", uri);
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return problem(ProblemType.NOT_ACCEPTABLE, "This path answers application/json (and text/csv for lists).", uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(java.net.URI.create("/problems/http-" + status), title, status, title + ".", uri.getPath()))
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        // The message may quote data from elsewhere, so only the type is logged at error level.
        Log.errorf("Unexpected %s while serving a request", e.getClass().getName());
        Log.debug("Unexpected failure", e);
        return problem(ProblemType.INTERNAL_ERROR, "The service failed unexpectedly. No recommendation was made.", uri);
    }

    static Response problem(ProblemType type, String detail, UriInfo uri) {
        return Response.status(type.status()).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(type, detail, uri == null ? null : uri.getPath()))
                .build();
    }
}
