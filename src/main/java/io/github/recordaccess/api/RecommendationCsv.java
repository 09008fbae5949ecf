package io.github.recordaccess.api;

import io.github.recordaccess.web.Negotiation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV of recommendations: the list a TPP practice feeds into bulk provisioning. Columns are only
 * ever added at the end, so that spreadsheets built on the older ones keep working.
 */
public final class RecommendationCsv {

    public static final String MEDIA_TYPE = "text/csv";
    private static final String HEADER =
            "nhs_number,patient_id,practice_ods_code,as_of,recommendation,flag,reasons,eligible_from,bulk_coded_104,actions";

    private RecommendationCsv() {}

    /** True when CSV is the type to answer with (see {@link Negotiation}); JSON wins a tie. */
    static boolean wanted(HttpHeaders headers) {
        return Negotiation.choose(
                        headers.getHeaderString(HttpHeaders.ACCEPT), List.of(MediaType.APPLICATION_JSON, MEDIA_TYPE))
                .filter(MEDIA_TYPE::equals)
                .isPresent();
    }

    /** A practice's worklist as a CSV attachment named for the practice and day, as the API and the page send it. */
    public static Response response(String ods, LocalDate asOf, List<RecommendationView> rows) {
        return Response.ok(write(rows), MEDIA_TYPE + "; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + ods + "-access-recommendations-" + asOf + ".csv\"")
                .build();
    }

    static String write(List<RecommendationView> rows) {
        StringBuilder csv = new StringBuilder(HEADER.length() + rows.size() * 96)
                .append(HEADER)
                .append("\r\n");
        for (RecommendationView r : rows) {
            csv.append(cell(r.nhsNumber()))
                    .append(',')
                    .append(cell(r.patientId()))
                    .append(',')
                    .append(cell(r.practiceOdsCode()))
                    .append(',')
                    .append(cell(r.asOf()))
                    .append(',')
                    .append(cell(r.recommendation()))
                    .append(',')
                    .append(cell(r.flag()))
                    .append(',')
                    .append(cell(r.reasons().stream().map(Enum::name).collect(Collectors.joining(";"))))
                    .append(',')
                    .append(cell(r.eligibleFrom()))
                    .append(',')
                    .append(cell(r.bulkCoded104()))
                    .append(',')
                    .append(cell(r.actions().stream().map(a -> a.id().name()).collect(Collectors.joining(";"))))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** Quotes where RFC 4180 needs it, and defuses spreadsheet formulas. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
