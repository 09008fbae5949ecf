package io.github.recordaccess.api;

import io.github.recordaccess.practice.PracticeSummary;
import io.github.recordaccess.read.AsOf;
import io.github.recordaccess.read.OdsCode;
import io.github.recordaccess.read.PracticeReads;
import io.github.recordaccess.read.Reads;
import io.github.recordaccess.web.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
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

/** The practice's counts. Its worklists are {@link WorklistResource}, its checklist {@link ChecklistResource}. */
@Path("/api/v1/practices/{odsCode}")
@Tag(name = "Practices")
@APIResponse(
        responseCode = "404",
        description = "No practice with this ODS code on the FHIR server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PracticeResource {

    private final PracticeReads practices;
    private final Clock clock;

    public PracticeResource(PracticeReads practices, Clock clock) {
        this.practices = practices;
        this.clock = clock;
    }

    @GET
    @Reads(Reads.Level.FIGURES_OF_PRACTICE)
    @Path("/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The practice's counts",
            description =
                    "Patients, eligible patients (all but NOT_APPLICABLE), counts per recommendation and flag (every key always present), "
                            + "bulk-coding days, excludedPercent = OFFER_OPT_IN / eligible × 100 (one decimal) and actionPlanRequired = excludedPercent > 50.")
    @APIResponse(
            responseCode = "200",
            description = "The summary",
            content = @Content(schema = @Schema(implementation = PracticeSummary.class)))
    public PracticeSummary summary(
            @RestPath @Parameter(description = ApiDocs.ODS, example = "DEMOEMIS") OdsCode odsCode,
            @RestQuery AsOf asOf,
            HttpHeaders headers) {
        return practices.of(odsCode).summary(AsOf.orToday(asOf, clock), CacheControl.noCache(headers));
    }
}
