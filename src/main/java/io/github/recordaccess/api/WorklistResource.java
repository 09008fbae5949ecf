package io.github.recordaccess.api;

import io.github.recordaccess.practice.WorklistFilter;
import io.github.recordaccess.read.AsOf;
import io.github.recordaccess.read.CsvWriter;
import io.github.recordaccess.read.OdsCode;
import io.github.recordaccess.read.Paging;
import io.github.recordaccess.read.PracticeReader;
import io.github.recordaccess.read.PracticeReads;
import io.github.recordaccess.read.Reads;
import io.github.recordaccess.read.RecommendationCsv;
import io.github.recordaccess.read.RecommendationPage;
import io.github.recordaccess.read.WorklistQuery;
import io.github.recordaccess.security.AuditDetails;
import io.github.recordaccess.security.AuditEventType;
import io.github.recordaccess.security.Audited;
import io.github.recordaccess.web.Problem;
import io.github.recordaccess.web.Routes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** A practice's worklists: every patient's recommendation and actions, filtered, paged, or as CSV. */
@Path(Routes.PRACTICE_RECOMMENDATIONS)
@Tag(name = "Practices")
@APIResponse(
        responseCode = "404",
        description = "No practice with this ODS code on the FHIR server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WorklistResource {

    private static final int DEFAULT_SIZE = 100;
    private static final int MAX_SIZE = 1000;
    private static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;
    private static final String PAGE_RULE = "must be a whole number from 0 to " + MAX_PAGE + ".";
    private static final String SIZE_RULE = "must be a whole number from 1 to " + MAX_SIZE + ".";

    private final PracticeReads practices;
    private final Clock clock;
    private final AuditDetails audit;

    public WorklistResource(PracticeReads practices, Clock clock, AuditDetails audit) {
        this.practices = practices;
        this.clock = clock;
        this.audit = audit;
    }

    @GET
    @Reads(Reads.Level.PATIENTS_OF_PRACTICE)
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    @Audited(type = AuditEventType.PATIENT_DATA_ACCESS, endpoint = Routes.PRACTICE_RECOMMENDATIONS)
    @Operation(
            summary = "Every patient's recommendation and actions, filtered and paged; or CSV",
            description =
                    "JSON pages ordered by NHS number. The filters are optional and combine with AND; total and paging count the "
                            + "matching patients. With Accept: text/csv, the same rows as CSV: every matching row when page and size are absent "
                            + "(the list a TPP practice feeds into bulk provisioning, or the 104 patients to counsel).")
    @APIResponse(
            responseCode = "200",
            description = "A page of recommendations, or CSV",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = RecommendationPage.class)),
                @Content(
                        mediaType = CsvWriter.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING),
                        example =
                                "nhs_number,patient_id,practice_ods_code,as_of,recommendation,flag,reasons,eligible_from,bulk_coded_104,actions,"
                                        + "nhs_number_verification\r\n"
                                        + "9990000018,pat-1,A12345,2024-06-01,OFFER_OPT_IN,ACTIVE_104,ACTIVE_104;BULK_CODED_104,,true,"
                                        + "OFFER_ACCESS_ON_REQUEST;REVIEW_BULK_CODED_104,01\r\n")
            })
    public Response recommendations(
            @RestPath @Parameter(description = ApiDocs.ODS, example = "DEMOEMIS") OdsCode odsCode,
            @RestQuery AsOf asOf,
            @Valid @BeanParam WorklistQuery filters,
            @RestQuery
                    @Min(value = 0, message = PAGE_RULE)
                    @Max(value = MAX_PAGE, message = PAGE_RULE)
                    @Parameter(description = "Page number from 0 (default 0)")
                    Integer page,
            @RestQuery
                    @Min(value = 1, message = SIZE_RULE)
                    @Max(value = MAX_SIZE, message = SIZE_RULE)
                    @Parameter(description = "Page size 1..1000 (default 100)")
                    Integer size,
            HttpHeaders headers) {
        PracticeReader practice = practices.of(odsCode);
        WorklistFilter filter = filters.filter();
        audit.query(given(filter, asOf, page, size));
        boolean csv = CsvWriter.wanted(headers);
        // A CSV without page or size is every matching row: the list a practice feeds into bulk provisioning.
        Paging paging = csv && page == null && size == null
                ? Paging.ALL
                : new Paging(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
        RecommendationPage found =
                practice.worklist(AsOf.orToday(asOf, clock), filter, paging, CacheControl.noCache(headers));
        audit.returned(found.items().size(), csv ? "csv" : "json");
        return csv
                ? RecommendationCsv.response(found)
                : Response.ok(found, MediaType.APPLICATION_JSON).build();
    }

    /** The names of the query parameters given, for the audit event. */
    private static Set<String> given(WorklistFilter filter, AsOf asOf, Integer page, Integer size) {
        Set<String> names = new TreeSet<>(WorklistQuery.given(filter).keySet());
        if (asOf != null) {
            names.add(AsOf.NAME);
        }
        if (page != null) {
            names.add("page");
        }
        if (size != null) {
            names.add("size");
        }
        return names;
    }
}
