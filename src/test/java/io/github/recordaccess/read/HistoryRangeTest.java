package io.github.recordaccess.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A history's days: their defaults, and the ranges refused. */
class HistoryRangeTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @ParameterizedTest(name = "from={0} to={1}")
    @CsvSource(
            nullValues = "-",
            value = {
                // from, to   | the range
                "-,          -,          2024-06-01, 2025-06-01",
                "-,          2024-03-10, 2023-03-10, 2024-03-10",
                "2025-01-01, -,          2025-01-01, 2025-06-01",
                "2020-06-01, 2025-06-01, 2020-06-01, 2025-06-01",
                "2025-06-01, 2025-06-01, 2025-06-01, 2025-06-01",
                // A year before an early to would fall before 2000: the range starts on 2000-01-01.
                "-,          2000-06-01, 2000-01-01, 2000-06-01"
            })
    void theDaysAskedForWithTheirDefaults(String from, String to, LocalDate start, LocalDate end) {
        assertThat(HistoryRange.of(from(from), to(to), TODAY)).isEqualTo(new HistoryRange(start, end));
    }

    @ParameterizedTest(name = "from={0} to={1}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2024-02-01, 2024-01-01, from (2024-02-01) must not be after to (2024-01-01).",
                "2020-05-31, -,          from and to may be at most 5 years apart",
                "2000-01-01, 2005-01-02, from and to may be at most 5 years apart"
            })
    void aRangeBackwardsOrOverFiveYearsIsRefused(String from, String to, String refusal) {
        assertThatThrownBy(() -> HistoryRange.of(from(from), to(to), TODAY))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith(refusal);
    }

    private static HistoryFrom from(String text) {
        return text == null ? null : new HistoryFrom(Day.parse("from", text, TODAY));
    }

    private static HistoryTo to(String text) {
        return text == null ? null : new HistoryTo(Day.parse("to", text, TODAY));
    }
}
