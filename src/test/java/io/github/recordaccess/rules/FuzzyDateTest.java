package io.github.recordaccess.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FuzzyDateTest {

    @ParameterizedTest(name = "{0} is {1} from {2} to {3}")
    @CsvSource({
        "2024,                       YEAR,    2024-01-01, 2024-12-31",
        "2024-02,                    MONTH,   2024-02-01, 2024-02-29",
        "2023-02,                    MONTH,   2023-02-01, 2023-02-28",
        "2024-05-17,                 DAY,     2024-05-17, 2024-05-17",
        "2024-05-17T10:15:00Z,       INSTANT, 2024-05-17, 2024-05-17",
        "2024-06-01T23:30:00Z,       INSTANT, 2024-06-02, 2024-06-02",
        "2024-01-01T23:30:00Z,       INSTANT, 2024-01-01, 2024-01-01",
        "2024-05-17T10:15:00.123+01:00, INSTANT, 2024-05-17, 2024-05-17"
    })
    void keepsPrecisionAndItsLondonInterval(String text, DatePrecision precision, LocalDate first, LocalDate last) {
        FuzzyDate date = FuzzyDate.parse(text);

        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.firstDay()).isEqualTo(first);
        assertThat(date.lastDay()).isEqualTo(last);
        assertThat(date.original()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-17", "2024-12-25"})
    void aDateOnlyValueIsTheWholeLondonDay(String day) {
        FuzzyDate date = FuzzyDate.parse(day);
        LocalDate local = LocalDate.parse(day);

        assertThat(date.start()).isEqualTo(local.atStartOfDay(FuzzyDate.LONDON).toInstant());
        assertThat(date.end())
                .isEqualTo(local.plusDays(1).atStartOfDay(FuzzyDate.LONDON).toInstant());
    }

    @ParameterizedTest(name = "{0} before {1}: {2}")
    @CsvSource({
        "2023,                 2024,                 true",
        "2023,                 2023-12-31,           false",
        "2023-12,              2024-01-01,           true",
        "2024-01-01,           2024-01-01,           false",
        "2024-01-01,           2024-01-02,           true",
        "2024-01-01T10:00:00Z, 2024-01-01T10:00:01Z, true",
        "2024-01-01T10:00:00Z, 2024-01-01T10:00:00Z, false",
        "2024-01-01T10:00:00Z, 2024-01-01,           false",
        "2024-01-01T23:59:59Z, 2024-01-02,           true"
    })
    void ordersOnlyWhatItsPrecisionAllows(String a, String b, boolean certainlyBefore) {
        assertThat(FuzzyDate.parse(a).isCertainlyBefore(FuzzyDate.parse(b))).isEqualTo(certainlyBefore);
    }

    @ParameterizedTest(name = "{0} vs asOf 2024-06-01: after={1}, mayBeAfter={2}")
    @CsvSource({
        "2024-06-01,           false, false",
        "2024-06-02,           true,  true",
        "2024-06,              false, true",
        "2024,                 false, true",
        "2025,                 true,  true",
        "2024-05,              false, false",
        "2024-06-01T22:59:59Z, false, false",
        "2024-06-01T23:00:00Z, true,  true"
    })
    void comparesWithTheAsOfDay(String text, boolean certainlyAfter, boolean mayBeAfter) {
        FuzzyDate date = FuzzyDate.parse(text);
        LocalDate asOf = LocalDate.of(2024, 6, 1);

        assertThat(date.isCertainlyAfter(asOf)).isEqualTo(certainlyAfter);
        assertThat(date.mayBeAfter(asOf)).isEqualTo(mayBeAfter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "24", "2024-13", "2023-02-30", "yesterday", "2024-05-17T25:00:00Z"})
    void rejectsWhatIsNotAFhirDate(String text) {
        assertThatThrownBy(() -> FuzzyDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-17T10:15:00", "2024-05-17T23:59:59.999", "2024-05-17T00:00"})
    void readsAZonelessDateTimeAsItsWholeDay(String text) {
        FuzzyDate date = FuzzyDate.parse(text);

        assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(date.day()).contains(LocalDate.of(2024, 5, 17));
        assertThat(date.original()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-03-05T00:00:00+00:00",
                "2024-03-05T00:00:00Z",
                "2024-03-05T00:00:00.000+05:00",
                "2024-03-05T00:00:00-08:00",
                "2024-03-05T00:00:00.000000Z"
            })
    void readsMidnightInAnyOffsetAsTheWholeDayOfItsOwnDate(String text) {
        FuzzyDate date = FuzzyDate.parse(text);

        assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(date.start()).isEqualTo(FuzzyDate.startOf(LocalDate.of(2024, 3, 5)));
        assertThat(date.end()).isEqualTo(FuzzyDate.startOf(LocalDate.of(2024, 3, 6)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-05T00:00:00Z", "2024-03-05T00:00:00.000+01:00"})
    void anInstantAtMidnightStaysAPointInTime(String text) {
        FuzzyDate instant = FuzzyDate.parseInstant(text);

        assertThat(instant.precision()).isEqualTo(DatePrecision.INSTANT);
        assertThat(EntryDate.readInstant("issued", text).value().precision()).isEqualTo(DatePrecision.INSTANT);
        assertThat(FuzzyDate.parseInstant("2024-03-05T09:00:00").precision()).isEqualTo(DatePrecision.DAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-05T00:00:00.001Z", "2024-03-05T00:00:01+00:00", "2024-03-04T23:00:00-01:00"})
    void aTimeThatIsNotExactlyMidnightIsAnInstant(String text) {
        assertThat(FuzzyDate.parse(text).precision()).isEqualTo(DatePrecision.INSTANT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"05/03/2024", "2024-13-45", "last week"})
    void tryParseGivesNothingForWhatCannotBeRead(String text) {
        assertThat(FuzzyDate.tryParse(text, false)).isEmpty();
        assertThat(FuzzyDate.tryParse(text, true)).isEmpty();
        assertThat(EntryDate.read("effectiveDateTime", text).value()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"2024, false", "2024-05, false", "2024-05-17, true", "2024-05-17T10:15:00Z, true"})
    void hasADayOnlyWhenPreciseToTheDay(String text, boolean hasDay) {
        assertThat(FuzzyDate.parse(text).day().isPresent()).isEqualTo(hasDay);
    }
}
