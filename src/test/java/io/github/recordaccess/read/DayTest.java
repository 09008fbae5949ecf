package io.github.recordaccess.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** asOf, from and to: one rule, a real calendar date from 2000-01-01 to today, and a refusal that names the parameter. */
class DayTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"asOf, 2000-01-01", "from, 2000-01-01", "to, 2025-06-01", "asOf, 2024-02-29", "from, 2025-05-31"})
    void aRealDayFrom2000ToTodayIsTaken(String name, String text) {
        assertThat(Day.parse(name, text, TODAY).date()).isEqualTo(LocalDate.parse(text));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "asOf, 1999-12-31, asOf must be a real calendar date YYYY-MM-DD from 2000-01-01 to today.",
        "from, 1999-12-31, from must be a real calendar date YYYY-MM-DD from 2000-01-01 to today.",
        "to,   0001-01-01, to must be a real calendar date YYYY-MM-DD from 2000-01-01 to today.",
        "from, 2023-02-30, from must be a real calendar date YYYY-MM-DD from 2000-01-01 to today.",
        "asOf, 2024-6-1,   asOf must be a real calendar date YYYY-MM-DD from 2000-01-01 to today.",
        "to,   2024-06-01T00:00:00Z, to must be a real calendar date YYYY-MM-DD from 2000-01-01 to today.",
        "asOf, yesterday,  asOf must be a real calendar date YYYY-MM-DD from 2000-01-01 to today.",
        "to,   2025-06-02, to must not be after today (2025-06-01, Europe/London)",
        "asOf, 9999-12-31, asOf must not be after today (2025-06-01, Europe/London)",
    })
    void anyOtherDayIsRefusedNamingTheParameter(String name, String text, String refusal) {
        assertThatThrownBy(() -> Day.parse(name, text, TODAY))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith(refusal);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"٢٠٢٤-٠٦-٠١", "２０２４-０６-０１"})
    void digitsOtherThanAsciiAreRefused(String text) {
        assertThatThrownBy(() -> Day.parse("asOf", text, TODAY)).isInstanceOf(InvalidParameterException.class);
    }
}
