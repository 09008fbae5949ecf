package io.github.recordaccess.practice;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.recordaccess.fhir.CohortRouteStatus;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.AccessRecommendation;
import io.github.recordaccess.rules.BulkCodingDay;
import io.github.recordaccess.rules.Reason;
import io.github.recordaccess.rules.Recommendation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A practice's counts. {@code excludedPercent} is OFFER_OPT_IN over eligible patients; NHS England asked
 * practices excluding more than 50% of patients for an action plan (reported February 2023).
 */
@Schema(name = "PracticeSummary", description = "A practice's counts for ICB dashboards.")
public record PracticeSummary(
        @Schema(example = "A12345") String practiceOdsCode,
        @Schema(example = "2024-06-01") LocalDate asOf,

        @Schema(description = "When the practice was evaluated")
        Instant evaluatedAt,

        @Schema(description = "Patients registered with the practice", example = "312")
        int patients,

        @Schema(description = "patients minus NOT_APPLICABLE", example = "250")
        int eligiblePatients,

        @Schema(
                description = "Patients per recommendation; all five keys always present",
                example =
                        "{\"PROVISION_ACCESS\":200,\"OFFER_OPT_IN\":30,\"OPTED_OUT\":12,\"NOT_APPLICABLE\":62,\"REVIEW_REQUIRED\":8}")
        Map<Recommendation, Integer> recommendations,

        @Schema(
                description =
                        "Patients per 104/106 flag (NONE, ACTIVE_104, NOT_INDICATED_106, RESCINDED_BY_106, UNDETERMINED); all keys present")
        Map<AccessFlag, Integer> flags,

        @Schema(description = "Patients whose deciding 104 fell on a bulk-coding day", example = "25")
        int bulkCoded104,

        @Schema(
                description =
                        "Patients with the reason SAFEGUARDING_CONCERN: a safeguarding concern that no individual review (a later 106 not applied in bulk) follows",
                example = "3")
        Integer safeguardingConcerns,

        @Schema(
                description = "Figures-only callers (record-access-icb) only, when safeguardingConcerns is from 1 to "
                        + "access.scope.small-number: safeguardingConcerns is then null and this says it is fewer "
                        + "than this number, so that a named practice's count cannot point at a child",
                example = "8")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Integer safeguardingConcernsFewerThan,

        @Schema(
                description =
                        "Days on which 104 was recorded for at least access.bulk-coding.min-patients patients: [{date, patients}]")
        List<BulkCodingDay> bulkCodingDates,

        @Schema(
                description = "OFFER_OPT_IN / eligiblePatients × 100, one decimal; 0 when none eligible",
                example = "12.0")
        double excludedPercent,

        @Schema(description = "excludedPercent > 50: NHS England asks such practices for an action plan")
        boolean actionPlanRequired,

        @Schema(
                description =
                        "The registration routes searched for the practice's patients (ORGANIZATION, PRACTITIONER_ROLE, ODS_IDENTIFIER), and any that could not be (searched false): the list may then miss patients")
        List<CohortRouteStatus> cohortRoutes) {

    static final double ACTION_PLAN_THRESHOLD_PERCENT = 50.0;

    /** OFFER_OPT_IN over eligible patients × 100, one decimal (half up); 0 when none is eligible. */
    public static double excludedPercent(int offerOptIn, int eligible) {
        return eligible == 0
                ? 0.0
                : BigDecimal.valueOf(100L * offerOptIn)
                        .divide(BigDecimal.valueOf(eligible), 1, RoundingMode.HALF_UP)
                        .doubleValue();
    }

    /** The routes that could not be searched: the pages show each as a warning (not in the JSON: no getter). */
    public List<CohortRouteStatus> routesNotSearched() {
        return cohortRoutes.stream().filter(r -> !r.searched()).toList();
    }

    /**
     * The same figures for a caller who may see figures only: a count of a sensitive group from 1 to {@code
     * smallNumber} is hidden, and said to be fewer than {@code smallNumber + 1}.
     */
    public PracticeSummary withSmallCountsHidden(int smallNumber) {
        if (safeguardingConcerns == null || safeguardingConcerns < 1 || safeguardingConcerns > smallNumber) {
            return this;
        }
        return new PracticeSummary(
                practiceOdsCode,
                asOf,
                evaluatedAt,
                patients,
                eligiblePatients,
                recommendations,
                flags,
                bulkCoded104,
                null,
                smallNumber + 1,
                bulkCodingDates,
                excludedPercent,
                actionPlanRequired,
                cohortRoutes);
    }

    public static PracticeSummary of(PracticeEvaluation evaluation) {
        Map<Recommendation, Integer> recommendations = new EnumMap<>(Recommendation.class);
        Map<AccessFlag, Integer> flags = new EnumMap<>(AccessFlag.class);
        for (Recommendation r : Recommendation.values()) {
            recommendations.put(r, 0);
        }
        for (AccessFlag f : AccessFlag.values()) {
            flags.put(f, 0);
        }
        int bulkCoded = 0;
        int concerns = 0;
        for (AccessRecommendation result : evaluation.results()) {
            recommendations.merge(result.recommendation(), 1, Integer::sum);
            flags.merge(result.flag(), 1, Integer::sum);
            if (Boolean.TRUE.equals(result.bulkCoded104())) {
                bulkCoded++;
            }
            if (result.reasons().contains(Reason.SAFEGUARDING_CONCERN)) {
                concerns++;
            }
        }
        int patients = evaluation.results().size();
        int eligible = patients - recommendations.get(Recommendation.NOT_APPLICABLE);
        double excluded = excludedPercent(recommendations.get(Recommendation.OFFER_OPT_IN), eligible);
        return new PracticeSummary(
                evaluation.odsCode(),
                evaluation.asOf(),
                evaluation.evaluatedAt(),
                patients,
                eligible,
                recommendations,
                flags,
                bulkCoded,
                concerns,
                null,
                evaluation.bulkCodingDays(),
                excluded,
                excluded > ACTION_PLAN_THRESHOLD_PERCENT,
                evaluation.cohortRoutes());
    }
}
