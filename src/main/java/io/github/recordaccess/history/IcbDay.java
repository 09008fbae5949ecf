package io.github.recordaccess.history;

import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.Recommendation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** @param dailyLatest each practice's latest point of each day */
    public static List<IcbDay> of(List<SnapshotPoint> dailyLatest) {
        Map<LocalDate, List<SnapshotPoint>> byDay = new TreeMap<>();
        dailyLatest.forEach(
                p -> byDay.computeIfAbsent(p.date(), d -> new ArrayList<>()).add(p));
        List<IcbDay> days = new ArrayList<>();
        byDay.forEach((day, points) -> days.add(total(day, points)));
        return days;
    }

    private static IcbDay total(LocalDate day, List<SnapshotPoint> points) {
        int ok = 0;
        int error = 0;
        int overLine = 0;
        int patients = 0;
        int eligible = 0;
        int bulk = 0;
        Map<Recommendation, Integer> recommendations = new EnumMap<>(Recommendation.class);
        Map<AccessFlag, Integer> flags = new EnumMap<>(AccessFlag.class);
        for (SnapshotPoint p : points) {
            if (p.status() != SnapshotPoint.Status.OK) {
                error++;
                continue;
            }
            Figures f = p.figures();
            ok++;
            overLine += f.actionPlanRequired() ? 1 : 0;
            patients += f.patients();
            eligible += f.eligiblePatients();
            bulk += f.bulkCoded104();
            f.recommendations().forEach((r, n) -> recommendations.merge(r, n, Integer::sum));
            f.flags().forEach((flag, n) -> flags.merge(flag, n, Integer::sum));
        }
        for (Recommendation r : Recommendation.values()) {
            recommendations.putIfAbsent(r, 0);
        }
        for (AccessFlag f : AccessFlag.values()) {
            flags.putIfAbsent(f, 0);
        }
        // The same definition as a practice's: OFFER_OPT_IN over eligible patients, one decimal.
        double excluded = eligible == 0
                ? 0.0
                : BigDecimal.valueOf(100L * recommendations.get(Recommendation.OFFER_OPT_IN))
                        .divide(BigDecimal.valueOf(eligible), 1, RoundingMode.HALF_UP)
                        .doubleValue();
        return new IcbDay(
                day, ok, error, overLine, new Totals(patients, eligible, recommendations, flags, bulk, excluded));
    }
}
