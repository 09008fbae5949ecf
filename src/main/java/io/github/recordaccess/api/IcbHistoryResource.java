package io.github.recordaccess.api;

import io.github.recordaccess.read.CsvWriter;
import io.github.recordaccess.read.HistoryCsv;
import io.github.recordaccess.read.HistoryQuery;
import io.github.recordaccess.read.HistoryViews;
import io.github.recordaccess.read.IcbHistoryReads;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ICB's history: per day, totals over the practices with an OK snapshot point that day. */
@Path("/api/v1/history")
@Tag(name = "History")
public class IcbHistoryResource {

    private final IcbHistoryReads icbHistory;
    private final Clock clock;

    public IcbHistoryResource(IcbHistoryReads icbHistory, Clock clock) {
        this.icbHistory = icbHistory;
        this.clock = clock;
    }

    @GET
    @Reads(Reads.Level.ICB_TOTALS)
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    @Operation(
            summary = "The ICB's history: totals per day",
            description =
                    "For each day with points: practicesOk, practicesError, practicesOverActionPlanLine, and totals over the "
                            + "practices whose latest point that day is OK (excludedPercent = OFFER_OPT_IN / eligiblePatients of those "
                            + "totals). from/to as for a practice's history. With Accept: text/csv, one row per day.")
    @APIResponse(
            responseCode = "200",
            description = "The ICB history",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = HistoryViews.IcbHistory.class)),
                @Content(mediaType = CsvWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))
            })
    public Response history(@BeanParam HistoryQuery query, HttpHeaders headers) {
        HistoryViews.IcbHistory history = icbHistory.history(query.range(LocalDate.now(clock)));
        return CsvWriter.wanted(headers)
                ? HistoryCsv.icb(history)
                : Response.ok(history, MediaType.APPLICATION_JSON).build();
    }
}
