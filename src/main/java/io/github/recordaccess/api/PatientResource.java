package io.github.recordaccess.api;

import io.github.recordaccess.read.AsOf;
import io.github.recordaccess.read.NhsNumber;
import io.github.recordaccess.read.PatientReads;
import io.github.recordaccess.read.Reads;
import io.github.recordaccess.read.RecommendationView;
import io.github.recordaccess.security.AuditEventType;
import io.github.recordaccess.security.Audited;
import io.github.recordaccess.web.Problem;
import io.github.recordaccess.web.Routes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/patients")
@Tag(name = "Patients")
public class PatientResource {

    private final PatientReads patients;
    private final Clock clock;

    public PatientResource(PatientReads patients, Clock clock) {
        this.patients = patients;
        this.clock = clock;
    }

    @GET
    @Reads(Reads.Level.ONE_PATIENT)
    @Path("/{nhsNumber}/access-recommendation")
    @Produces(MediaType.APPLICATION_JSON)
    @Audited(type = AuditEventType.PATIENT_DATA_ACCESS, endpoint = Routes.PATIENT_RECOMMENDATION)
    @Operation(
            summary = "One patient's record-access recommendation",
            description =
                    "Finds the patient by NHS number, reads their 103/104/106 entries and applies the opt-out rules. "
                            + "The answer carries its evidence and reasons.")
    @APIResponse(
            responseCode = "200",
            description = "The recommendation",
            content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not a valid NHS number, or a bad asOf",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No patient has this NHS number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "More than one Patient has this NHS number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RecommendationView recommendation(
            @RestPath @Parameter(description = "10-digit NHS number with a valid check digit", example = "9990001243")
                    NhsNumber nhsNumber,
            @RestQuery AsOf asOf) {
        return patients.recommendation(nhsNumber, AsOf.orToday(asOf, clock));
    }
}
