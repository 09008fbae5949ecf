package io.github.recordaccess.practice;

import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.AccessRecommendation;
import io.github.recordaccess.rules.BulkCodingDay;
import io.github.recordaccess.rules.Recommendation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A practice's counts. {@code excludedPercent} is OFFER_OPT_IN over eligible patients; NHS England asked
 * practices excluding more than 50% of patients for an action plan (reported February 2023).
 */
public record PracticeSummary(
        String practiceOdsCode,
        LocalDate asOf,
        Instant evaluatedAt,
        int patients,
        int eligiblePatients,
        Map<Recommendation, Integer> recommendations,
        Map<AccessFlag, Integer> flags,
        int bulkCoded104,
        List<BulkCodingDay> bulkCodingDates,
        double excludedPercent,
        boolean actionPlanRequired) {

    static final double ACTION_PLAN_THRESHOLD_PERCENT = 50.0;

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
        for (AccessRecommendation result : evaluation.results()) {
            recommendations.merge(result.recommendation(), 1, Integer::sum);
            flags.merge(result.flag(), 1, Integer::sum);
            if (Boolean.TRUE.equals(result.bulkCoded104())) {
                bulkCoded++;
            }
        }
        int patients = evaluation.results().size();
        int eligible = patients - recommendations.get(Recommendation.NOT_APPLICABLE);
        double excluded = eligible == 0 ? 0.0 : BigDecimal.valueOf(100L * recommendations.get(Recommendation.OFFER_OPT_IN))
                .divide(BigDecimal.valueOf(eligible), 1, RoundingMode.HALF_UP).doubleValue();
        return new PracticeSummary(evaluation.odsCode(), evaluation.asOf(), evaluation.evaluatedAt(), patients, eligible,
                recommendations, flags, bulkCoded, evaluation.bulkCodingDays(), excluded,
                excluded > ACTION_PLAN_THRESHOLD_PERCENT);
    }
}
