package io.github.recordaccess.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.recordaccess.read.ApiException;
import io.github.recordaccess.read.Attention;
import io.github.recordaccess.read.OverviewRow;
import io.github.recordaccess.rules.Recommendation;
import io.github.recordaccess.web.Problem;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The overview's orders, over three practices that differ in every column and one that failed. */
class OverviewSortTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    static final List<OverviewPage.Entry> ENTRIES = List.of(
            ok("A11111", "Beech Surgery", "EMIS", LocalDate.of(2023, 10, 31), 300, 40.0, 5, "2025-06-01T02:00:00Z"),
            ok("B22222", "alder Practice", "TPP", null, 100, 60.0, 0, "2025-06-01T01:00:00Z"),
            ok("C33333", "Cedar Health", "EMIS", LocalDate.of(2024, 3, 1), 200, 10.0, 9, "2025-06-01T03:00:00Z"),
            failed("D44444", "Damson Medical"));

    @ParameterizedTest(name = "sort={0} order={1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // The default is the API's order: failures first, then the highest excluded share.
                "-          | -    | D44444,B22222,A11111,C33333",
                "excluded   | asc  | D44444,C33333,A11111,B22222",
                "patients   | -    | D44444,A11111,C33333,B22222",
                "patients   | asc  | D44444,B22222,C33333,A11111",
                "bulk-coded | desc | D44444,C33333,A11111,B22222",
                // Most urgent first: the failed practice, then the one not live and over 50%; ties by ODS code.
                "attention  | desc | D44444,B22222,A11111,C33333",
                "attention  | asc  | D44444,A11111,C33333,B22222",
                // Not-live practices first, or last; the rest by ODS code.
                "live       | -    | B22222,A11111,C33333,D44444",
                "live       | desc | A11111,C33333,D44444,B22222",
                // By name the failed practice takes its place; case does not matter.
                "practice   | -    | B22222,A11111,C33333,D44444",
                "practice   | desc | D44444,C33333,A11111,B22222",
                "system     | asc  | A11111,C33333,D44444,B22222",
                // Not live sorts after every go-live date; no evaluation time (a failure) sorts last either way.
                "live-since | asc  | A11111,D44444,C33333,B22222",
                "live-since | desc | C33333,A11111,D44444,B22222",
                "evaluated  | asc  | B22222,A11111,C33333,D44444",
                "evaluated  | desc | C33333,A11111,B22222,D44444"
            })
    void sortsByTheColumnAsked(String sort, String order, String expected) {
        List<String> codes = OverviewSort.of(sort, order).sorted(ENTRIES).stream()
                .map(e -> e.row().practiceOdsCode())
                .toList();
        assertThat(String.join(",", codes)).isEqualTo(expected);
    }

    @Test
    void aHeadingLinksToItsFirstOrderOrTheOtherOrderWhenSortedByIt() {
        OverviewSort byPatients = OverviewSort.of("patients", "desc");
        assertThat(byPatients.href(OverviewSort.Column.PATIENTS, AS_OF))
                .isEqualTo("/?sort=patients&order=asc&asOf=2025-06-01");
        assertThat(byPatients.href(OverviewSort.Column.PRACTICE, AS_OF))
                .isEqualTo("/?sort=practice&order=asc&asOf=2025-06-01");
        assertThat(byPatients.href(OverviewSort.Column.ELIGIBLE, AS_OF))
                .isEqualTo("/?sort=eligible&order=desc&asOf=2025-06-01");
        assertThat(byPatients.ariaSort(OverviewSort.Column.PATIENTS)).isEqualTo("descending");
        assertThat(byPatients.ariaSort(OverviewSort.Column.PRACTICE)).isNull();
        assertThat(byPatients.described())
                .isEqualTo("Sorted by patients, highest first; practices that could not be evaluated come first");
    }

    @Test
    void anUnknownColumnOrOrderIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> OverviewSort.of("colour", null))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("practice, system, live-since, patients");
        assertThatThrownBy(() -> OverviewSort.of("patients", "up"))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("asc or desc");
    }

    private static OverviewPage.Entry ok(
            String ods,
            String name,
            String system,
            LocalDate goLive,
            int patients,
            double excluded,
            int bulkCoded,
            String evaluated) {
        Map<Recommendation, Integer> counts = new EnumMap<>(Recommendation.class);
        for (Recommendation r : Recommendation.values()) {
            counts.put(r, patients / 10);
        }
        List<Attention> tags = new ArrayList<>();
        if (goLive == null) {
            tags.add(Attention.NOT_LIVE);
        }
        if (excluded > 50) {
            tags.add(Attention.OVER_HALF_EXCLUDED);
        }
        if (bulkCoded > 0) {
            tags.add(Attention.BULK_CODED_104);
        }
        tags.add(Attention.RECORDS_TO_CHECK);
        OverviewRow row = new OverviewRow(
                ods,
                "OK",
                null,
                Instant.parse(evaluated),
                patients,
                patients - 10,
                counts,
                Map.of(),
                bulkCoded,
                List.of(),
                excluded,
                excluded > 50,
                List.of(),
                name,
                null,
                goLive,
                AS_OF,
                OverviewRow.Source.STORED,
                tags);
        return new OverviewPage.Entry(name, system, goLive, row, Sparkline.of(List.of()));
    }

    private static OverviewPage.Entry failed(String ods, String name) {
        Problem problem = new Problem(
                URI.create("/problems/fhir-unavailable"), "FHIR server unavailable", 503, "down", null, null);
        OverviewRow row = new OverviewRow(
                ods,
                "ERROR",
                problem,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                name,
                null,
                LocalDate.of(2023, 10, 31),
                AS_OF,
                OverviewRow.Source.LIVE,
                List.of(Attention.EVALUATION_FAILED));
        return new OverviewPage.Entry(name, "EMIS", LocalDate.of(2023, 10, 31), row, Sparkline.of(List.of()));
    }
}
