package io.github.recordaccess.read;

import static io.github.recordaccess.read.CsvColumns.column;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV of recommendations (through {@link CsvWriter}): the list a TPP practice feeds into bulk provisioning. Columns are
 * only ever added at the end, so that spreadsheets built on the older ones keep working.
 */
public final class RecommendationCsv {

    static final CsvColumns<RecommendationView> COLUMNS = CsvColumns.of(List.of(
            column("nhs_number", RecommendationView::nhsNumber),
            column("patient_id", RecommendationView::patientId),
            column("practice_ods_code", RecommendationView::practiceOdsCode),
            column("as_of", RecommendationView::asOf),
            column("recommendation", RecommendationView::recommendation),
            column("flag", RecommendationView::flag),
            column("reasons", r -> r.reasons().stream().map(Enum::name).collect(Collectors.joining(";"))),
            column("eligible_from", RecommendationView::eligibleFrom),
            column("bulk_coded_104", RecommendationView::bulkCoded104),
            column("actions", r -> r.actions().stream().map(a -> a.id().name()).collect(Collectors.joining(";"))),
            column("nhs_number_verification", RecommendationView::nhsNumberVerification),
            // The codes' words (Words), for people reading the CSV; the code columns above stay as they are.
            column("recommendation_label", r -> Words.answer(r.recommendation(), r.reasons())),
            column("flag_label", r -> Words.of(r.flag())),
            column("reasons_label", r -> r.reasons().stream().map(Words::of).collect(Collectors.joining(";"))),
            column(
                    "actions_label",
                    r -> r.actions().stream().map(a -> Words.of(a.id())).collect(Collectors.joining(";")))));

    private RecommendationCsv() {}

    /** Names the registration routes that could not be searched, on a worklist CSV (the JSON has {@code cohortRoutes}). */
    public static final String ROUTES_NOT_SEARCHED = "Cohort-Routes-Not-Searched";

    /**
     * The rows of a worklist page as a CSV attachment named for the practice and day, as the API and the page send
     * it; with the {@value #ROUTES_NOT_SEARCHED} header when a registration route could not be searched.
     */
    public static Response response(RecommendationPage worklist) {
        Response csv = write(worklist.items())
                .attachment(worklist.practiceOdsCode() + "-access-recommendations-" + worklist.asOf() + ".csv");
        String notSearched = worklist.cohortRoutes().stream()
                .filter(r -> !r.searched())
                .map(r -> r.route().name())
                .collect(Collectors.joining(","));
        return notSearched.isEmpty()
                ? csv
                : Response.fromResponse(csv)
                        .header(ROUTES_NOT_SEARCHED, notSearched)
                        .build();
    }

    static CsvWriter write(List<RecommendationView> rows) {
        return COLUMNS.write(rows);
    }
}
