package io.github.recordaccess.api;

import io.github.recordaccess.rules.BulkCodingDay;
import io.github.recordaccess.rules.Recommendation;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ICB overview as CSV ({@link CsvWriter}), one line per practice: the API's {@code Accept: text/csv} answer and the overview
 * page's download are this one writer. A failed practice has empty figures and its problem, never zeros.
 */
public final class OverviewCsv {

    static final String HEADER =
            "practice_ods_code,status,patients,eligible_patients,provision_access,offer_opt_in,opted_out,"
                    + "not_applicable,review_required,excluded_percent,action_plan_required,bulk_coded_104,bulk_coding_dates,problem_type,problem_detail,"
                    + "routes_not_searched";

    private OverviewCsv() {}

    /** The CSV as an attachment named for the day, as both the API and the page send it. */
    public static Response response(List<OverviewRow> rows, LocalDate day) {
        return write(rows).attachment("practices-" + day + ".csv");
    }

    static CsvWriter write(List<OverviewRow> rows) {
        CsvWriter csv = CsvWriter.withHeader(HEADER, rows.size());
        for (OverviewRow r : rows) {
            List<Object> cells = new ArrayList<>(List.of(r.practiceOdsCode(), r.status()));
            if (r.failed()) {
                cells.addAll(Collections.nCopies(11, ""));
                cells.add(r.problem().type());
                cells.add(r.problem().detail());
                cells.add("");
            } else {
                cells.addAll(List.of(
                        r.patients(),
                        r.eligiblePatients(),
                        r.recommendations().get(Recommendation.PROVISION_ACCESS),
                        r.recommendations().get(Recommendation.OFFER_OPT_IN),
                        r.recommendations().get(Recommendation.OPTED_OUT),
                        r.recommendations().get(Recommendation.NOT_APPLICABLE),
                        r.recommendations().get(Recommendation.REVIEW_REQUIRED),
                        r.excludedPercent(),
                        r.actionPlanRequired(),
                        r.bulkCoded104(),
                        r.bulkCodingDates().stream()
                                .map(BulkCodingDay::date)
                                .map(Object::toString)
                                .collect(Collectors.joining(";")),
                        "",
                        "",
                        r.cohortRoutes().stream()
                                .filter(route -> !route.searched())
                                .map(route -> route.route().name())
                                .collect(Collectors.joining(";"))));
            }
            csv.row(cells);
        }
        return csv;
    }
}
