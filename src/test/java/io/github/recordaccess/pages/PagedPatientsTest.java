package io.github.recordaccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.read.RecommendationPage;
import io.github.recordaccess.read.RecommendationView;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A page of a worklist says which patients it shows, and where the pages before and after it are. */
class PagedPatientsTest {

    @ParameterizedTest(name = "page {1} of {0}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "180 | 0 | Showing 1 to 50 of 180 patients   |                    | Patients 51 to 100",
                "180 | 1 | Showing 51 to 100 of 180 patients | Patients 1 to 50   | Patients 101 to 150",
                "180 | 3 | Showing 151 to 180 of 180 patients| Patients 101 to 150|",
                "51  | 1 | Showing 51 to 51 of 51 patients   | Patients 1 to 50   |",
                "1   | 0 | Showing 1 to 1 of 1 patient       |                    |",
                "50  | 0 | Showing 1 to 50 of 50 patients    |                    |"
            })
    void aPageSaysItsRangeAndTheRangesBeforeAndAfterIt(
            int total, int page, String showing, String previous, String next) {
        PagedPatients patients = paged(total, page);

        assertThat(patients.showing()).isEqualTo(showing.strip());
        assertThat(patients.pastEnd()).isNull();
        assertThat(patients.previous() == null ? null : patients.previous().range())
                .isEqualTo(previous == null ? null : previous.strip());
        assertThat(patients.next() == null ? null : patients.next().range()).isEqualTo(next);
        if (patients.previous() != null) {
            assertThat(patients.previous().href()).isEqualTo("/list?page=" + (page - 1));
        }
    }

    @Test
    void aPagePastTheEndSaysSoAndLeadsBackToTheLastPage() {
        PagedPatients patients = paged(180, 98);

        assertThat(patients.rows()).isEmpty();
        assertThat(patients.showing()).isNull();
        assertThat(patients.pastEnd()).isEqualTo("There is no page 99 of this list: its 180 patients fit on 4 pages.");
        assertThat(patients.previous().href()).isEqualTo("/list?page=3");
        assertThat(patients.previous().range()).isEqualTo("Patients 151 to 180");
        assertThat(patients.next()).isNull();
        assertThat(patients.csv()).isEqualTo("/list.csv");
    }

    @Test
    void anEmptyListHasNoRangeNoPagesAndNoDownload() {
        PagedPatients patients = paged(0, 0);

        assertThat(patients.count()).isEqualTo("No patients");
        assertThat(patients.showing()).isNull();
        assertThat(patients.previous()).isNull();
        assertThat(patients.next()).isNull();
        assertThat(patients.csv()).isNull();
        assertThat(paged(0, 5).pastEnd())
                .as("an empty list has no end to be past")
                .isNull();
    }

    @Test
    void countsAreSingularForOnePatient() {
        assertThat(TaskWords.patients(0)).isEqualTo("No patients");
        assertThat(TaskWords.patients(1)).isEqualTo("1 patient");
        assertThat(TaskWords.patients(2)).isEqualTo("2 patients");
        assertThat(TaskWords.range(51, 51)).isEqualTo("Patient 51");
    }

    private static PagedPatients paged(int total, int page) {
        int size = 50;
        int from = Math.min(page * size, total);
        int rows = Math.max(0, Math.min(size, total - from));
        List<RecommendationView> items = Collections.nCopies(rows, null);
        RecommendationPage worklist =
                new RecommendationPage("A12345", LocalDate.of(2025, 6, 1), null, total, page, size, items, List.of());
        return PagedPatients.of(worklist, page, size, p -> "/list?page=" + p, "/list.csv");
    }
}
