package io.github.recordaccess.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details: the one error body of the API. Never a stack trace, never patient data. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json).")
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem", example = "/problems/fhir-unavailable")
        URI type,

        @Schema(description = "Short summary of the kind of problem", example = "FHIR server unavailable")
        String title,

        @Schema(description = "HTTP status", example = "503")
        int status,

        @Schema(
                description = "What went wrong in this case",
                example =
                        "The FHIR server could not be reached for 'search Patient by practice' (connection failed or timed out).")
        String detail,

        @Schema(description = "The request path", example = "/api/v1/practices/A12345/summary")
        String instance,

        @Schema(
                description = "Every fault found, when a request has several (a registry upload: one per bad line)",
                example = "[\"line 3: system 'EMISS' is not EMIS or TPP\"]")
        java.util.List<String> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, null);
    }

    public static Problem of(ProblemType type, String detail, String instance, java.util.List<String> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, java.util.List.copyOf(errors));
    }
}
