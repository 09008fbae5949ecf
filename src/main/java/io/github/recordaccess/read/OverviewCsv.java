package io.github.recordaccess.read;

import static io.github.recordaccess.read.CsvColumns.column;

import io.github.recordaccess.rules.BulkCodingDay;
import io.github.recordaccess.rules.Recommendation;
import io.github.recordaccess.web.ProblemWords;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ICB overview as CSV ({@link CsvWriter}), one line per practice: the API's {@code Accept: text/csv} answer and the overview
 * page's download are this one writer. A failed practice has empty figures and its problem, never zeros. A practice's
 * stored figures keep no bulk-coding days: that cell is empty then. {@code routes_not_searched} is empty when every
 * registration route was searched, stored or live.
 */
public final class OverviewCsv {

    static final CsvColumns<OverviewRow> COLUMNS = CsvColumns.of(List.of(
            column("practice_ods_code", OverviewRow::practiceOdsCode),
            column("status", OverviewRow::status),
            figure("patients", OverviewRow::patients),
            figure("eligible_patients", OverviewRow::eligiblePatients),
            count("provision_access", Recommendation.PROVISION_ACCESS),
            count("offer_opt_in", Recommendation.OFFER_OPT_IN),
            count("opted_out", Recommendation.OPTED_OUT),
            count("not_applicable", Recommendation.NOT_APPLICABLE),
            count("review_required", Recommendation.REVIEW_REQUIRED),
            figure("excluded_percent", OverviewRow::excludedPercent),
            figure("action_plan_required", OverviewRow::actionPlanRequired),
            figure("bulk_coded_104", OverviewRow::bulkCoded104),
            figure(
                    "bulk_coding_dates",
                    r -> r.bulkCodingDates() == null
                            ? null
                            : r.bulkCodingDates().stream()
                                    .map(BulkCodingDay::date)
                                    .map(Object::toString)
                                    .collect(Collectors.joining(";"))),
            column("problem_type", r -> r.failed() ? r.problem().type() : null),
            column("problem_detail", r -> r.failed() ? r.problem().detail() : null),
            figure(
                    "routes_not_searched",
                    r -> r.cohortRoutes() == null
                            ? null
                            : r.cohortRoutes().stream()
                                    .filter(route -> !route.searched())
                                    .map(route -> route.route().name())
                                    .collect(Collectors.joining(";"))),
            // What a dashboard needs beside the figures (issue 24), after the columns it had, so none moves.
            column("practice_name", OverviewRow::practiceName),
            column("system", OverviewRow::system),
            column("go_live", OverviewRow::goLive),
            column("as_of", OverviewRow::asOf),
            column("evaluated_at", OverviewRow::evaluatedAt),
            column("figures_from", OverviewRow::figuresFrom),
            column(
                    "needs_attention",
                    r -> r.needsAttention() == null
                            ? null
                            : r.needsAttention().stream().map(Attention::name).collect(Collectors.joining(";"))),
            // The codes' words (Words, ProblemWords), for people reading the CSV; the code columns stay as they are.
            column("status_label", r -> Words.status(r.status())),
            column(
                    "problem_type_label",
                    r -> r.failed() ? ProblemWords.forPeople(r.problem()).detail() : null),
            figure(
                    "routes_not_searched_label",
                    r -> r.cohortRoutes() == null
                            ? null
                            : r.cohortRoutes().stream()
                                    .filter(route -> !route.searched())
                                    .map(route -> Words.of(route.route()))
                                    .collect(Collectors.joining(";"))),
            column(
                    "needs_attention_label",
                    r -> r.needsAttention() == null
                            ? null
                            : r.needsAttention().stream().map(Words::of).collect(Collectors.joining(";")))));

    static final String HEADER = COLUMNS.header();

    private OverviewCsv() {}

    /** The CSV as an attachment named for the day, as both the API and the page send it. */
    public static Response response(List<OverviewRow> rows, LocalDate day) {
        return write(rows).attachment("practices-" + day + ".csv");
    }

    static CsvWriter write(List<OverviewRow> rows) {
        return COLUMNS.write(rows);
    }

    /** A figure: empty for a failed practice, never a zero. */
    private static CsvColumns.Column<OverviewRow> figure(String name, Function<OverviewRow, ?> cell) {
        return column(name, r -> r.failed() ? null : cell.apply(r));
    }

    private static CsvColumns.Column<OverviewRow> count(String name, Recommendation recommendation) {
        return figure(name, r -> r.recommendations().get(recommendation));
    }
}
