package io.github.recordaccess.read;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.recordaccess.history.Figures;
import io.github.recordaccess.history.IcbDay;
import io.github.recordaccess.history.SnapshotPoint;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.Recommendation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the history endpoints. */
public final class HistoryViews {

    private HistoryViews() {}

    @Schema(name = "PracticeHistory", description = "A practice's latest snapshot point of each day, oldest first")
    public record PracticeHistory(String practiceOdsCode, LocalDate from, LocalDate to, List<Point> points) {}

    /** One day's point: the summary's figures when OK; the problem, and no figures, when ERROR. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HistoryPoint")
    public record Point(
            LocalDate date,
            Instant evaluatedAt,
            @Schema(description = "OK or ERROR") String status,

            @Schema(description = "Present and true only on generated demo points")
            Boolean demo,

            Integer patients,
            Integer eligiblePatients,
            Map<Recommendation, Integer> recommendations,
            Map<AccessFlag, Integer> flags,
            Integer bulkCoded104,
            Double excludedPercent,
            Boolean actionPlanRequired,
            ProblemRef problem) {

        public static Point of(SnapshotPoint p) {
            Figures f = p.figures();
            Boolean demo = p.demo() ? Boolean.TRUE : null;
            if (f == null) {
                return new Point(
                        p.date(),
                        p.evaluatedAt(),
                        p.status().name(),
                        demo,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        new ProblemRef(p.problemType(), p.problemDetail()));
            }
            return new Point(
                    p.date(),
                    p.evaluatedAt(),
                    p.status().name(),
                    demo,
                    f.patients(),
                    f.eligiblePatients(),
                    new java.util.EnumMap<>(f.recommendations()),
                    new java.util.EnumMap<>(f.flags()),
                    f.bulkCoded104(),
                    f.excludedPercent(),
                    f.actionPlanRequired(),
                    null);
        }
    }

    @Schema(name = "HistoryProblem")
    public record ProblemRef(String type, String detail) {}

    @Schema(name = "IcbHistory", description = "Per day, the ICB's totals over the practices with an OK point that day")
    public record IcbHistory(LocalDate from, LocalDate to, List<IcbPoint> points) {}

    @Schema(name = "IcbHistoryPoint")
    public record IcbPoint(
            LocalDate date, int practicesOk, int practicesError, int practicesOverActionPlanLine, Totals totals) {

        public static IcbPoint of(IcbDay day) {
            IcbDay.Totals t = day.totals();
            return new IcbPoint(
                    day.date(),
                    day.practicesOk(),
                    day.practicesError(),
                    day.practicesOverActionPlanLine(),
                    new Totals(
                            t.patients(),
                            t.eligiblePatients(),
                            new java.util.EnumMap<>(t.recommendations()),
                            new java.util.EnumMap<>(t.flags()),
                            t.bulkCoded104(),
                            t.excludedPercent()));
        }
    }

    @Schema(name = "IcbHistoryTotals")
    public record Totals(
            int patients,
            int eligiblePatients,
            Map<Recommendation, Integer> recommendations,
            Map<AccessFlag, Integer> flags,
            int bulkCoded104,
            double excludedPercent) {}
}
