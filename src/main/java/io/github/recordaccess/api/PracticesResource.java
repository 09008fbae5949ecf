package io.github.recordaccess.api;

import io.github.recordaccess.read.ApiException;
import io.github.recordaccess.read.AsOf;
import io.github.recordaccess.read.CsvWriter;
import io.github.recordaccess.read.OdsCode;
import io.github.recordaccess.read.OdsCodes;
import io.github.recordaccess.read.OverviewCsv;
import io.github.recordaccess.read.OverviewReads;
import io.github.recordaccess.read.OverviewRow;
import io.github.recordaccess.read.Reads;
import io.github.recordaccess.web.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/practices")
@Tag(name = "ICB overview")
public class PracticesResource {

    private final OverviewReads overviews;
    private final Clock clock;

    public PracticesResource(OverviewReads overviews, Clock clock) {
        this.overviews = overviews;
        this.clock = clock;
    }

    /** The ICB overview: every registered practice, or those named in {@code ?ods=}. */
    public record Overview(LocalDate asOf, List<OverviewRow> practices) {}

    @GET
    @Reads(Reads.Level.PRACTICES_IN_SCOPE)
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    @Operation(
            summary = "ICB overview: one row per practice",
            description =
                    "Every registered practice (the practice registry), or those named in ?ods=A,B,C: each practice's latest stored "
                            + "figures dated on or before asOf (the snapshot, the same on every replica; figuresFrom STORED, with evaluatedAt). "
                            + "With Cache-Control: no-cache, and for a practice with no stored figures yet, evaluated now with bounded "
                            + "parallelism (figuresFrom LIVE). Each row names the practice, its system and go-live date, and says why it "
                            + "needs attention (needsAttention). Failed practices come first with status ERROR and a problem, never zeros; "
                            + "the rest by excludedPercent, highest first. With Accept: text/csv the same rows as CSV.")
    @APIResponse(
            responseCode = "200",
            description = "The overview",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overview.class)),
                @Content(mediaType = CsvWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(
            responseCode = "400",
            description = "A bad ODS code or asOf, or no practices to show",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response overview(@RestQuery OdsCodes ods, @RestQuery AsOf asOf, HttpHeaders headers) {
        LocalDate day = AsOf.orToday(asOf, clock);
        Collection<OdsCode> practices =
                ods != null ? ods.codes() : overviews.registered().keySet();
        if (practices.isEmpty()) {
            throw ApiException.invalid(
                    "No practices are registered (PUT /api/v1/admin/practices) and none were named in ?ods=.");
        }
        List<OverviewRow> rows = overviews.rows(practices, day, CacheControl.noCache(headers));
        if (CsvWriter.wanted(headers)) {
            return OverviewCsv.response(rows, day);
        }
        return Response.ok(new Overview(day, rows), MediaType.APPLICATION_JSON).build();
    }
}
