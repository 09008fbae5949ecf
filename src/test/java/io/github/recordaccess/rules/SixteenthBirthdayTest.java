package io.github.recordaccess.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SixteenthBirthdayTest {

    @ParameterizedTest(name = "born {0} → 16 on {1}")
    @CsvSource({
        "2008-06-01, 2024-06-01",
        "2008,       2024-12-31",
        "2008-02,    2024-02-29",
        "2007-02,    2023-02-28",
        "2008-02-29, 2024-02-29",
        "2084-02-29, 2100-03-01"
    })
    void usesTheLatestPossibleBirthDay(String birthDate, LocalDate sixteenth) {
        assertThat(SixteenthBirthday.of(FuzzyDate.parse(birthDate))).isEqualTo(sixteenth);
    }
}
