package io.github.recordaccess.api;

import io.github.recordaccess.practice.WorklistFilter;
import io.github.recordaccess.read.AsOf;
import io.github.recordaccess.read.BulkCoded104Param;
import io.github.recordaccess.read.CsvWriter;
import io.github.recordaccess.read.OdsCode;
import io.github.recordaccess.read.Paging;
import io.github.recordaccess.read.PracticeReader;
import io.github.recordaccess.read.PracticeReads;
import io.github.recordaccess.read.Reads;
import io.github.recordaccess.read.RecommendationCsv;
import io.github.recordaccess.read.RecommendationPage;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.ActionId;
import io.github.recordaccess.rules.Reason;
import io.github.recordaccess.rules.Recommendation;
import io.github.recordaccess.security.AuditDetails;
import io.github.recordaccess.security.AuditEventType;
import io.github.recordaccess.security.Audited;
import io.github.recordaccess.web.Problem;
import io.github.recordaccess.web.Routes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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
    private static final String TURNING_16_RULE = "must be a whole number of days from 1 to 366.";

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
            @RestPath @Parameter(description = ApiDocs.ODS, example = "A12345") OdsCode odsCode,
            @RestQuery AsOf asOf,
            @RestQuery @Parameter(description = "Only this recommendation") Recommendation recommendation,
            @RestQuery @Parameter(description = "Only patients with this reason among their reasons") Reason reason,
            @RestQuery @Parameter(description = "Only this 104/106 flag") AccessFlag flag,
            @RestQuery @Parameter(description = "Only patients advised this action (README, \"Actions\")")
                    ActionId action,
            @RestQuery BulkCoded104Param bulkCoded104,
            @RestQuery
                    @Min(value = 1, message = TURNING_16_RULE)
                    @Max(value = 366, message = TURNING_16_RULE)
                    @Parameter(
                            description =
                                    "Only NOT_APPLICABLE/UNDER_16 patients whose 16th birthday (eligibleFrom) is at most this many days after asOf (1..366)")
                    Integer turning16Within,
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
        WorklistFilter filter = new WorklistFilter(
                recommendation,
                reason,
                flag,
                action,
                bulkCoded104 == null ? null : bulkCoded104.value(),
                turning16Within);
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
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put(AsOf.NAME, asOf);
        parameters.put("recommendation", filter.recommendation());
        parameters.put("reason", filter.reason());
        parameters.put("flag", filter.flag());
        parameters.put("action", filter.action());
        parameters.put(BulkCoded104Param.NAME, filter.bulkCoded104());
        parameters.put("turning16Within", filter.turning16Within());
        parameters.put("page", page);
        parameters.put("size", size);
        return new TreeSet<>(parameters.entrySet().stream()
                .filter(e -> Objects.nonNull(e.getValue()))
                .map(Map.Entry::getKey)
                .toList());
    }
}
