package io.github.recordaccess.read;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.recordaccess.fhir.CohortRouteStatus;
import io.github.recordaccess.practice.PracticeOverview;
import io.github.recordaccess.practice.PracticeSummary;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.BulkCodingDay;
import io.github.recordaccess.rules.Recommendation;
import io.github.recordaccess.web.Problem;
import java.time.Instant;
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
        List<CohortRouteStatus> cohortRoutes) {

    public static OverviewRow from(PracticeOverview.Row row, String instance) {
        PracticeSummary s = row.summary();
        if (s == null) {
            return new OverviewRow(
                    row.odsCode(),
                    "ERROR",
                    Problems.of(row.problem(), instance),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
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
                s.cohortRoutes());
    }

    public boolean failed() {
        return problem != null;
    }
}
