package io.github.recordaccess.history;

import io.github.recordaccess.practice.PracticeSummary;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.Recommendation;
import java.time.LocalDate;
import java.util.Map;

/**
 * The ICB's totals on one day, over the practices whose latest point that day is OK; the others are
 * counted as errors and add nothing, so a failed practice never lowers the totals as if it had no patients.
 */
public record IcbDay(
        LocalDate date, int practicesOk, int practicesError, int practicesOverActionPlanLine, Totals totals) {

    public record Totals(
            int patients,
            int eligiblePatients,
            Map<Recommendation, Integer> recommendations,
            Map<AccessFlag, Integer> flags,
            int bulkCoded104,
            double excludedPercent) {}

    /** The day from its sums; excludedPercent by the practice summary's definition: OFFER_OPT_IN over eligible. */
    static IcbDay of(
            LocalDate date,
            int ok,
            int failed,
            int overLine,
            int patients,
            int eligible,
            Map<Recommendation, Integer> recommendations,
            Map<AccessFlag, Integer> flags,
            int bulkCoded104) {
        double excluded = PracticeSummary.excludedPercent(recommendations.get(Recommendation.OFFER_OPT_IN), eligible);
        return new IcbDay(
                date,
                ok,
                failed,
                overLine,
                new Totals(patients, eligible, Map.copyOf(recommendations), Map.copyOf(flags), bulkCoded104, excluded));
    }
}
