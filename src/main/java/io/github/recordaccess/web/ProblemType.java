package io.github.recordaccess.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/** One stable problem {@code type} per kind of failure (RFC 9457), relative to the service's base URL. */
public enum ProblemType {
    INVALID_PARAMETER(400, "Invalid request parameter"),
    MISSING_PRACTICE_PROFILE(400, "Practice profile missing"),
    INVALID_REGISTRY(400, "Invalid practice registry"),
    UNAUTHORIZED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed"),
    OUTSIDE_YOUR_ORGANISATION(403, "Outside your organisation"),
    NOT_FOUND(404, "Not found"),
    PATIENT_NOT_FOUND(404, "Patient not found"),
    PRACTICE_NOT_FOUND(404, "Practice not found"),
    PRACTICE_NOT_REGISTERED(404, "Practice not registered"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    AMBIGUOUS_RECORD(409, "More than one record matches"),
    REGISTRY_CHANGED(409, "Registry changed by another upload"),
    PAYLOAD_TOO_LARGE(413, "Request body too large"),
    REQUEST_BODY_INCOMPLETE(400, "Request body incomplete"),
    HOST_NOT_SERVED(421, "Host not served"),
    SIGN_OUT_NOT_CONFIRMED(403, "Sign-out not confirmed"),
    REFRESH_NOT_CONFIRMED(403, "Refresh not confirmed"),
    REFRESH_TOO_SOON(429, "Figures computed too recently"),
    FHIR_ERROR_RESPONSE(502, "FHIR server answered with an error"),
    FHIR_INVALID_RESPONSE(502, "FHIR server answer is not valid FHIR"),
    FHIR_INCOMPLETE(502, "FHIR search could not be completed"),
    FHIR_INCONSISTENT_RESULTS(502, "FHIR search results are inconsistent"),
    FHIR_RESPONSE_TOO_LARGE(502, "FHIR server answer too large"),
    FHIR_UNAVAILABLE(503, "FHIR server unavailable"),
    FHIR_BUSY(503, "FHIR requests busy"),
    DATABASE_UNAVAILABLE(503, "Database unavailable"),
    INTERNAL_ERROR(500, "Internal error");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create(
                "/problems/" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    /** The problem type of a {@code type} URI as problems carry it ({@code /problems/fhir-unavailable}), if any. */
    public static Optional<ProblemType> byUri(String uri) {
        return Arrays.stream(values())
                .filter(t -> t.uri().toString().equals(uri))
                .findFirst();
    }
}
