package io.github.recordaccess.history;

import io.github.recordaccess.fhir.CohortRouteStatus;
import io.github.recordaccess.practice.PracticeSummary;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.Recommendation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A practice's summary figures, under the summary's own names.
 *
 * @param cohortRoutes the registration routes the evaluation searched, and any it could not (searched false: the
 *     figures may miss patients); null when unknown (a point stored before the snapshot table kept them), which the
 *     overview does not use as a practice's figures
 */
public record Figures(
        int patients,
        int eligiblePatients,
        Map<Recommendation, Integer> recommendations,
        Map<AccessFlag, Integer> flags,
        int bulkCoded104,
        double excludedPercent,
        boolean actionPlanRequired,
        List<CohortRouteStatus> cohortRoutes) {

    public static Figures of(PracticeSummary s) {
        return new Figures(
                s.patients(),
                s.eligiblePatients(),
                s.recommendations(),
                s.flags(),
                s.bulkCoded104(),
                s.excludedPercent(),
                s.actionPlanRequired(),
                s.cohortRoutes());
    }

    public Figures {
        // EnumMap's copy constructor refuses an empty map that is not an EnumMap: copy by putAll.
        Map<Recommendation, Integer> byRecommendation = new EnumMap<>(Recommendation.class);
        byRecommendation.putAll(recommendations);
        Map<AccessFlag, Integer> byFlag = new EnumMap<>(AccessFlag.class);
        byFlag.putAll(flags);
        recommendations = byRecommendation;
        flags = byFlag;
        for (Recommendation r : Recommendation.values()) {
            recommendations.putIfAbsent(r, 0);
        }
        for (AccessFlag f : AccessFlag.values()) {
            flags.putIfAbsent(f, 0);
        }
        recommendations = Map.copyOf(recommendations);
        flags = Map.copyOf(flags);
        cohortRoutes = cohortRoutes == null ? null : List.copyOf(cohortRoutes);
    }
}
