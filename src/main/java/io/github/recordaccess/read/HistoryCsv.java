package io.github.recordaccess.read;

import static io.github.recordaccess.read.CsvColumns.column;

import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.Recommendation;
import io.github.recordaccess.web.ProblemWords;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The history endpoints as CSV ({@link CsvWriter}): one row per day, columns named after the JSON fields in snake case. */
public final class HistoryCsv {

    static final CsvColumns<HistoryViews.Point> PRACTICE = CsvColumns.of(practiceColumns());
    static final CsvColumns<HistoryViews.IcbPoint> ICB = CsvColumns.of(icbColumns());
    static final String PRACTICE_HEADER = PRACTICE.header();
    static final String ICB_HEADER = ICB.header();

    private HistoryCsv() {}

    public static Response practice(HistoryViews.PracticeHistory history) {
        return PRACTICE.write(history.points())
                .attachment(
                        "history-" + history.practiceOdsCode() + "-" + history.from() + "-" + history.to() + ".csv");
    }

    public static Response icb(HistoryViews.IcbHistory history) {
        return ICB.write(history.points()).attachment("icb-history-" + history.from() + "-" + history.to() + ".csv");
    }

    /** A failed day has empty figures and its problem, never zeros. */
    private static List<CsvColumns.Column<HistoryViews.Point>> practiceColumns() {
        List<CsvColumns.Column<HistoryViews.Point>> columns = new ArrayList<>(List.of(
                column("date", HistoryViews.Point::date),
                column("evaluated_at", HistoryViews.Point::evaluatedAt),
                column("status", HistoryViews.Point::status),
                column("demo", p -> Boolean.TRUE.equals(p.demo())),
                figure("patients", HistoryViews.Point::patients),
                figure("eligible_patients", HistoryViews.Point::eligiblePatients)));
        columns.addAll(figures(HistoryViews.Point::recommendations, HistoryViews.Point::flags, HistoryCsv::figure));
        columns.addAll(List.of(
                figure("bulk_coded_104", HistoryViews.Point::bulkCoded104),
                figure("excluded_percent", HistoryViews.Point::excludedPercent),
                figure("action_plan_required", HistoryViews.Point::actionPlanRequired),
                column(
                        "problem_type",
                        p -> p.recommendations() == null ? p.problem().type() : null),
                column(
                        "problem_detail",
                        p -> p.recommendations() == null ? p.problem().detail() : null),
                // The codes' words (Words, ProblemWords), for people reading the CSV.
                column("status_label", p -> Words.status(p.status())),
                column(
                        "problem_type_label",
                        p -> p.recommendations() == null
                                ? ProblemWords.detail(
                                        p.problem().type(), p.problem().detail())
                                : null)));
        return columns;
    }

    private static List<CsvColumns.Column<HistoryViews.IcbPoint>> icbColumns() {
        List<CsvColumns.Column<HistoryViews.IcbPoint>> columns = new ArrayList<>(List.of(
                column("date", HistoryViews.IcbPoint::date),
                column("practices_ok", HistoryViews.IcbPoint::practicesOk),
                column("practices_error", HistoryViews.IcbPoint::practicesError),
                column("practices_over_action_plan_line", HistoryViews.IcbPoint::practicesOverActionPlanLine),
                column("patients", p -> p.totals().patients()),
                column("eligible_patients", p -> p.totals().eligiblePatients())));
        columns.addAll(
                figures(p -> p.totals().recommendations(), p -> p.totals().flags(), CsvColumns::column));
        columns.addAll(List.of(
                column("bulk_coded_104", p -> p.totals().bulkCoded104()),
                column("excluded_percent", p -> p.totals().excludedPercent())));
        return columns;
    }

    /** A column per recommendation, then one per flag ({@code flag_…}), in their declared order. */
    private static <T> List<CsvColumns.Column<T>> figures(
            Function<T, Map<Recommendation, Integer>> recommendations,
            Function<T, Map<AccessFlag, Integer>> flags,
            ColumnMaker<T> column) {
        List<CsvColumns.Column<T>> columns = new ArrayList<>();
        for (Recommendation r : Recommendation.values()) {
            columns.add(column.make(
                    r.name().toLowerCase(Locale.ROOT),
                    p -> recommendations.apply(p).get(r)));
        }
        for (AccessFlag f : AccessFlag.values()) {
            columns.add(column.make(
                    "flag_" + f.name().toLowerCase(Locale.ROOT),
                    p -> flags.apply(p).get(f)));
        }
        return columns;
    }

    @FunctionalInterface
    private interface ColumnMaker<T> {
        CsvColumns.Column<T> make(String name, Function<T, ?> cell);
    }

    /** A practice's figure: empty on a failed day. */
    private static CsvColumns.Column<HistoryViews.Point> figure(String name, Function<HistoryViews.Point, ?> cell) {
        return column(name, p -> p.recommendations() == null ? null : cell.apply(p));
    }
}
