package io.github.recordaccess.api;

import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.Recommendation;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The history endpoints as CSV ({@link CsvWriter}): one row per day, columns named after the JSON fields in snake case. */
final class HistoryCsv {

    private static final List<String> FIGURES = Stream.concat(
                    Arrays.stream(Recommendation.values()).map(r -> r.name().toLowerCase(Locale.ROOT)),
                    Arrays.stream(AccessFlag.values())
                            .map(f -> "flag_" + f.name().toLowerCase(Locale.ROOT)))
            .toList();
    static final String PRACTICE_HEADER =
            "date,evaluated_at,status,demo,patients,eligible_patients," + String.join(",", FIGURES)
                    + ",bulk_coded_104,excluded_percent,action_plan_required,problem_type,problem_detail";
    static final String ICB_HEADER = "date,practices_ok,practices_error,practices_over_action_plan_line,patients,"
            + "eligible_patients," + String.join(",", FIGURES) + ",bulk_coded_104,excluded_percent";

    private HistoryCsv() {}

    static Response practice(HistoryViews.PracticeHistory history) {
        CsvWriter csv = CsvWriter.withHeader(PRACTICE_HEADER, history.points().size());
        for (HistoryViews.Point p : history.points()) {
            List<Object> cells = new ArrayList<>(List.of(p.date(), p.evaluatedAt(), p.status()));
            cells.add(Boolean.TRUE.equals(p.demo()));
            if (p.recommendations() == null) {
                cells.addAll(java.util.Collections.nCopies(2 + FIGURES.size() + 3, ""));
                cells.add(p.problem().type());
                cells.add(p.problem().detail());
            } else {
                cells.add(p.patients());
                cells.add(p.eligiblePatients());
                Arrays.stream(Recommendation.values())
                        .forEach(r -> cells.add(p.recommendations().get(r)));
                Arrays.stream(AccessFlag.values())
                        .forEach(f -> cells.add(p.flags().get(f)));
                cells.addAll(List.of(p.bulkCoded104(), p.excludedPercent(), p.actionPlanRequired(), "", ""));
            }
            csv.row(cells);
        }
        return csv.attachment(
                "history-" + history.practiceOdsCode() + "-" + history.from() + "-" + history.to() + ".csv");
    }

    static Response icb(HistoryViews.IcbHistory history) {
        CsvWriter csv = CsvWriter.withHeader(ICB_HEADER, history.points().size());
        for (HistoryViews.IcbPoint p : history.points()) {
            HistoryViews.Totals t = p.totals();
            List<Object> cells = new ArrayList<>(List.of(
                    p.date(),
                    p.practicesOk(),
                    p.practicesError(),
                    p.practicesOverActionPlanLine(),
                    t.patients(),
                    t.eligiblePatients()));
            Arrays.stream(Recommendation.values())
                    .forEach(r -> cells.add(t.recommendations().get(r)));
            Arrays.stream(AccessFlag.values()).forEach(f -> cells.add(t.flags().get(f)));
            cells.add(t.bulkCoded104());
            cells.add(t.excludedPercent());
            csv.row(cells);
        }
        return csv.attachment("icb-history-" + history.from() + "-" + history.to() + ".csv");
    }
}
