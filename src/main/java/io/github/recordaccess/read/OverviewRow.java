package io.github.recordaccess.read;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.recordaccess.fhir.CohortRouteStatus;
import io.github.recordaccess.practice.PracticeOverview;
import io.github.recordaccess.practice.PracticeSummary;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.BulkCodingDay;
import io.github.recordaccess.rules.ClinicalSystem;
import io.github.recordaccess.rules.Recommendation;
import io.github.recordaccess.web.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One practice in the ICB overview. A failed practice has a problem and no figures, never zeros. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "PracticeOverviewRow",
        description = "A practice's summary (status OK), or its problem (status ERROR) with no figures.")
public record OverviewRow(
        @Schema(example = "A12345") String practiceOdsCode,

        @Schema(description = "OK, or ERROR when the practice could not be evaluated")
        String status,

        @Schema(description = "Why the practice could not be evaluated (status ERROR)")
        Problem problem,

        Instant evaluatedAt,
        Integer patients,
        Integer eligiblePatients,
        Map<Recommendation, Integer> recommendations,
        Map<AccessFlag, Integer> flags,
        Integer bulkCoded104,
        List<BulkCodingDay> bulkCodingDates,

        @Schema(description = "OFFER_OPT_IN / eligible × 100")
        Double excludedPercent,

        @Schema(description = "excludedPercent > 50") Boolean actionPlanRequired,

        @Schema(
                description =
                        "The registration routes searched for the practice's patients (ORGANIZATION, PRACTITIONER_ROLE, ODS_IDENTIFIER), and any that could not be (searched false): the list may then miss patients")
        List<CohortRouteStatus> cohortRoutes,

        @Schema(
                description =
                        "The practice's name in the registry (absent for a practice named in ?ods= but not registered)")
        String practiceName,

        @Schema(description = "The practice's clinical system in the registry")
        ClinicalSystem system,

        @Schema(description = "The day the practice switched prospective access on; absent while it is not live")
        LocalDate goLive,

        @Schema(
                description =
                        "The day the figures stand for: the stored evaluation's day (STORED), or the asked day (LIVE)")
        LocalDate asOf,

        @Schema(
                description = "STORED: the practice's latest stored evaluation (the snapshot, the same on every "
                        + "replica); LIVE: evaluated for this request (Cache-Control: no-cache, or none stored yet)")
        Source figuresFrom,

        @Schema(
                description = "Why the practice needs attention, most serious first (EVALUATION_FAILED, "
                        + "ROUTES_NOT_SEARCHED, NOT_LIVE, "
                        + "OVER_HALF_EXCLUDED, BULK_CODED_104, RECORDS_TO_CHECK, FIGURES_OLD); empty when none")
        List<Attention> needsAttention) {

    /** Where a row's figures come from. */
    public enum Source {
        STORED,
        LIVE
    }

    /** The row of a practice that could not be evaluated: its problem, and no figures (never zeros). */
    static OverviewRow failed(String odsCode, Problem problem, Instant evaluatedAt, LocalDate asOf, Source source) {
        return new OverviewRow(
                odsCode,
                "ERROR",
                problem,
                evaluatedAt,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                asOf,
                source,
                null);
    }

    /** The row of a practice evaluated for this request, before {@link #about} says which practice it is. */
    public static OverviewRow from(PracticeOverview.Row row, String instance) {
        PracticeSummary s = row.summary();
        if (s == null) {
            return failed(row.odsCode(), Problems.of(row.problem(), instance), null, null, null);
        }
        return new OverviewRow(
                row.odsCode(),
                "OK",
                null,
                s.evaluatedAt(),
                s.patients(),
                s.eligiblePatients(),
                s.recommendations(),
                s.flags(),
                s.bulkCoded104(),
                s.bulkCodingDates(),
                s.excludedPercent(),
                s.actionPlanRequired(),
                s.cohortRoutes(),
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /**
     * This row with what the registry says of its practice ({@code practice} null when it is not registered), the day
     * its figures stand for and where they come from, and its attention tags as of {@code now}.
     */
    public OverviewRow about(PracticeEntry practice, LocalDate day, Source source, Instant now) {
        LocalDate figuresDay = asOf != null ? asOf : day;
        // A practice outside the registry has no go-live date we know of: not live, fail closed.
        boolean live = practice != null && practice.liveOn(day);
        return new OverviewRow(
                practiceOdsCode,
                status,
                problem,
                evaluatedAt,
                patients,
                eligiblePatients,
                recommendations,
                flags,
                bulkCoded104,
                bulkCodingDates,
                excludedPercent,
                actionPlanRequired,
                cohortRoutes,
                practice == null ? null : practice.name(),
                practice == null ? null : practice.system(),
                practice == null ? null : practice.goLive().orElse(null),
                figuresDay,
                source,
                Attention.of(this, live, day, now));
    }

    public boolean failed() {
        return problem != null;
    }
}
