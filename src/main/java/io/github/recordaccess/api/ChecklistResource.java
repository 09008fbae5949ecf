package io.github.recordaccess.api;

import io.github.recordaccess.read.AsOf;
import io.github.recordaccess.read.ChecklistView;
import io.github.recordaccess.read.ChecklistViews;
import io.github.recordaccess.read.OdsCode;
import io.github.recordaccess.read.PracticeReads;
import io.github.recordaccess.read.Reads;
import io.github.recordaccess.rules.ClinicalSystem;
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

/** The practice's opt-out checklist: its own class, so that each resource stays one idea. */
@Path("/api/v1/practices/{odsCode}/checklist")
@Tag(name = "Practices")
@APIResponse(
        responseCode = "404",
        description = "No practice with this ODS code on the FHIR server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ChecklistResource {

    private final PracticeReads practices;
    private final Clock clock;

    public ChecklistResource(PracticeReads practices, Clock clock) {
        this.practices = practices;
        this.clock = clock;
    }

    @GET
    @Reads(Reads.Level.FIGURES_OF_PRACTICE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The practice's opt-out action checklist with live counts",
            description =
                    "The guidance's steps for the practice's clinical system and go-live status, and the service's own worklists "
                            + "(serviceSteps), each with the number of patients it concerns and a link to their list. system and live come "
                            + "from the query, else from the practice registry (live: its go-live date is on or before asOf).")
    @APIResponse(
            responseCode = "200",
            description = "The checklist",
            content = @Content(schema = @Schema(implementation = ChecklistView.class)))
    public ChecklistView checklist(
            @RestPath @Parameter(description = ApiDocs.ODS, example = "DEMOEMIS") OdsCode odsCode,
            @RestQuery AsOf asOf,
            @RestQuery @Parameter(description = "EMIS or TPP (default: the practice registry's)") ClinicalSystem system,
            @RestQuery
                    @Parameter(
                            description =
                                    "Whether the practice has gone live (default: the practice registry's go-live date is on or before asOf)")
                    Boolean live,
            HttpHeaders headers) {
        return practices
                .of(odsCode)
                .checklist(
                        AsOf.orToday(asOf, clock),
                        system,
                        live,
                        CacheControl.noCache(headers),
                        ChecklistViews.API_LINKS);
    }
}
