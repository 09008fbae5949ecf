package io.github.recordaccess.api;

import io.github.recordaccess.read.CsvWriter;
import io.github.recordaccess.read.HistoryCsv;
import io.github.recordaccess.read.HistoryQuery;
import io.github.recordaccess.read.HistoryRange;
import io.github.recordaccess.read.HistoryViews;
import io.github.recordaccess.read.OdsCode;
import io.github.recordaccess.read.PracticeReads;
import io.github.recordaccess.read.Reads;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** A practice's snapshot history: how its figures moved, day by day. Aggregates only. */
@Path("/api/v1/practices/{odsCode}/history")
@Tag(name = "History")
public class PracticeHistoryResource {

    private final PracticeReads practices;
    private final Clock clock;

    public PracticeHistoryResource(PracticeReads practices, Clock clock) {
        this.practices = practices;
        this.clock = clock;
    }

    @GET
    @Reads(Reads.Level.FIGURES_OF_PRACTICE)
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    @Operation(
            summary = "A practice's history: its latest snapshot point of each day, oldest first",
            description =
                    "Points come from the daily snapshot (access.snapshot.cron) and POST /api/v1/admin/snapshots. "
                            + "An ERROR point has the problem and no figures. from/to default to a year up to today; at most "
                            + HistoryRange.MAX_YEARS
                            + " years; from 2000-01-01, not in the future. With Accept: text/csv, one row per day.")
    @APIResponse(
            responseCode = "200",
            description = "The history (points may be empty)",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = HistoryViews.PracticeHistory.class)),
                @Content(mediaType = CsvWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))
            })
    public Response history(
            @RestPath @Parameter(description = ApiDocs.ODS, example = "DEMOEMIS") OdsCode odsCode,
            @BeanParam HistoryQuery query,
            HttpHeaders headers) {
        // The range is checked (a 400) before the practice is read.
        HistoryRange range = query.range(LocalDate.now(clock));
        HistoryViews.PracticeHistory history = practices.of(odsCode).history(range);
        return CsvWriter.wanted(headers)
                ? HistoryCsv.practice(history)
                : Response.ok(history, MediaType.APPLICATION_JSON).build();
    }
}
