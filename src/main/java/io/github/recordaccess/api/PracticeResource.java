package io.github.recordaccess.api;

import io.github.recordaccess.config.AccessConfig;
import io.github.recordaccess.practice.PracticeEvaluation;
import io.github.recordaccess.practice.PracticeEvaluations;
import io.github.recordaccess.practice.PracticeSummary;
import io.github.recordaccess.rules.Recommendation;
import io.github.recordaccess.security.AuditDetails;
import io.github.recordaccess.security.PatientDataAudited;
import io.github.recordaccess.web.Problem;
import io.github.recordaccess.web.Routes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

@Path("/api/v1/practices/{odsCode}")
@Tag(name = "Practices")
@APIResponse(
        responseCode = "404",
        description = "No practice with this ODS code on the FHIR server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PracticeResource {

    private static final int DEFAULT_SIZE = 100;
    private static final int MAX_SIZE = 1000;
    private static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;
    private static final String PAGE_RULE = "must be a whole number from 0 to " + MAX_PAGE + ".";
    private static final String SIZE_RULE = "must be a whole number from 1 to " + MAX_SIZE + ".";

    private final PracticeEvaluations evaluations;
    private final AccessConfig config;
    private final Clock clock;
    private final AuditDetails audit;

    public PracticeResource(PracticeEvaluations evaluations, AccessConfig config, Clock clock, AuditDetails audit) {
        this.evaluations = evaluations;
        this.config = config;
        this.clock = clock;
        this.audit = audit;
    }

    @GET
    @Path("/access-recommendations")
    @Produces({MediaType.APPLICATION_JSON, RecommendationCsv.MEDIA_TYPE})
    @PatientDataAudited(Routes.PRACTICE_RECOMMENDATIONS)
    @Operation(
            summary = "Every patient's recommendation, paged; or CSV",
            description =
                    "JSON pages ordered by NHS number. With Accept: text/csv, the same rows as CSV: every matching row when page and size are absent "
                            + "(the list a TPP practice feeds into bulk provisioning, or the 104 patients to counsel).")
    @APIResponse(
            responseCode = "200",
            description = "A page of recommendations, or CSV",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = RecommendationPage.class)),
                @Content(
                        mediaType = RecommendationCsv.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING),
                        example =
                                "nhs_number,patient_id,practice_ods_code,as_of,recommendation,flag,reasons,eligible_from,bulk_coded_104\r\n"
                                        + "9990000018,pat-1,A12345,2024-06-01,OFFER_OPT_IN,ACTIVE_104,ACTIVE_104;BULK_CODED_104,,true\r\n")
            })
    public Response recommendations(
            @RestPath
                    @Pattern(regexp = OdsCodes.CODE, message = OdsCodes.CODE_RULE)
                    @Parameter(description = ApiDocs.ODS, example = "A12345")
                    String odsCode,
            @RestQuery AsOf asOf,
            @RestQuery @Parameter(description = "Only this recommendation") Recommendation recommendation,
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
        String ods = odsCode.toUpperCase(Locale.ROOT);
        audit.practice(ods);
        audit.query(given(Map.of(
                AsOf.NAME,
                Optional.ofNullable(asOf),
                "recommendation",
                Optional.ofNullable(recommendation),
                "page",
                Optional.ofNullable(page),
                "size",
                Optional.ofNullable(size))));
        LocalDate day = AsOf.orToday(asOf, clock);
        boolean csv = RecommendationCsv.wanted(headers);

        PracticeEvaluation evaluation = evaluations.get(ods, day, CacheControl.noCache(headers));
        List<RecommendationView> matching = evaluation.results().stream()
                .filter(r -> recommendation == null || r.recommendation() == recommendation)
                .map(r -> RecommendationView.from(r, ods, false))
                .toList();
        if (csv && page == null && size == null) {
            audit.returned(matching.size(), "csv");
            return csv(ods, day, matching);
        }
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? DEFAULT_SIZE : size;
        long from = Math.min((long) pageNumber * pageSize, matching.size());
        List<RecommendationView> items = matching.subList((int) from, (int) Math.min(from + pageSize, matching.size()));
        audit.returned(items.size(), csv ? "csv" : "json");
        if (csv) {
            return csv(ods, day, items);
        }
        return Response.ok(
                        new RecommendationPage(
                                ods, day, evaluation.evaluatedAt(), matching.size(), pageNumber, pageSize, items),
                        MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
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
            @RestPath
                    @Pattern(regexp = OdsCodes.CODE, message = OdsCodes.CODE_RULE)
                    @Parameter(description = ApiDocs.ODS, example = "A12345")
                    String odsCode,
            @RestQuery AsOf asOf,
            HttpHeaders headers) {
        return PracticeSummary.of(evaluations.get(
                odsCode.toUpperCase(Locale.ROOT), AsOf.orToday(asOf, clock), CacheControl.noCache(headers)));
    }

    /** The names of the query parameters given, for the audit event. */
    private static Set<String> given(Map<String, Optional<?>> parameters) {
        return new TreeSet<>(parameters.entrySet().stream()
                .filter(e -> e.getValue().isPresent())
                .map(Map.Entry::getKey)
                .toList());
    }

    private static Response csv(String ods, LocalDate asOf, List<RecommendationView> rows) {
        return Response.ok(RecommendationCsv.write(rows), RecommendationCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + ods + "-access-recommendations-" + asOf + ".csv\"")
                .build();
    }
}
