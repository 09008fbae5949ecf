package io.github.recordaccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.read.PersonView;
import io.github.recordaccess.rules.FuzzyDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The banner's fields: a partial birth date shows what it allows, the age only when it can be known; the dead. */
class PatientBannerTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 12, 5);

    @ParameterizedTest(name = "born {0} shows \"{1}\"")
    @CsvSource({"1990, 1990", "1990-03, March 1990", "1990-03-07, 7 March 1990", "2026-12-05T06:16:00Z, 5 December 2026"
    })
    void aBirthDateShowsWhatItsPrecisionAllows(String recorded, String shown) {
        assertThat(banner(recorded, false, null).born()).isEqualTo(shown);
    }

    @ParameterizedTest(name = "born {0}, on {1}: age {2}")
    @CsvSource(
            nullValues = "unknown",
            value = {
                "1990-03-07, 2026-12-05, 36 years",
                "1990-12-05, 2026-12-05, 36 years",
                "1990-12-06, 2026-12-05, 35 years",
                "2025-12-05, 2026-12-05, 1 year",
                "2026-05-01, 2026-12-05, 7 months",
                "2026-11-20, 2026-12-05, 15 days",
                // A month: known unless the day is in the birth month.
                "1990-03, 2026-12-05, 36 years",
                "1990-12, 2026-12-05, unknown",
                // A year: known only on the last day of the year.
                "1990, 2026-12-05, unknown",
                "1990, 2026-12-31, 36 years",
                // A baby's month or year gives no age in months.
                "2026-05, 2026-12-05, unknown",
                // Born after the day asked for.
                "2027-01-01, 2026-12-05, unknown"
            })
    void theAgeIsShownOnlyWhenItCanBeKnown(String born, LocalDate on, String age) {
        assertThat(PatientBanner.age(FuzzyDate.parse(born), on)).isEqualTo(age);
    }

    @Test
    void aLivingPatientsBannerHasNameBirthAgeSpacedNhsNumberAndPractice() {
        PatientBanner banner = banner("1990-03-07", false, null);
        assertThat(banner.name()).isEqualTo("ASHDOWN, Demo");
        assertThat(banner.age()).isEqualTo("36 years");
        assertThat(banner.nhsNumber()).isEqualTo("999 000 1243");
        assertThat(banner.practice()).isEqualTo("Demo EMIS Practice (DEMOEMIS)");
        assertThat(banner.deceased()).isFalse();
        assertThat(banner.died()).isNull();
    }

    @Test
    void aDeceasedPatientsBannerSaysSoWithTheDateAndTheAgeAtDeath() {
        PatientBanner banner = banner("1940-02-01", true, "2024-03-03");
        assertThat(banner.deceased()).isTrue();
        assertThat(banner.died()).isEqualTo("3 March 2024");
        assertThat(banner.age()).as("age at death, not today's").isEqualTo("84 years");
    }

    @Test
    void aDeathWithoutAReadableDateStillSaysDeceasedAndGivesNoAge() {
        PatientBanner banner = banner("1940-02-01", true, null);
        assertThat(banner.deceased()).isTrue();
        assertThat(banner.died()).isEqualTo("Date not recorded");
        assertThat(banner.age()).isNull();
        PatientBanner yearOnly = banner("1940-02-01", true, "2024");
        assertThat(yearOnly.died()).isEqualTo("2024");
        assertThat(yearOnly.age()).isNull();
    }

    @Test
    void whatTheRecordDoesNotSayIsSaidInWords() {
        PatientBanner banner =
                PatientBanner.of(new PersonView(null, null, false, null, null), "9990001243", null, AS_OF);
        assertThat(banner.name()).isEqualTo("Name not recorded");
        assertThat(banner.born()).isEqualTo("Not recorded");
        assertThat(banner.age()).isNull();
        assertThat(banner.practice()).isEqualTo("Not known");
        assertThat(PatientBanner.of(new PersonView(null, null, false, null, null), "9990001243", "DEMOTPP", AS_OF)
                        .practice())
                .as("a practice missing from the registry")
                .isEqualTo("DEMOTPP");
    }

    private static PatientBanner banner(String born, boolean deceased, String died) {
        PersonView person = new PersonView(
                "ASHDOWN, Demo",
                FuzzyDate.parse(born),
                deceased,
                died == null ? null : FuzzyDate.parse(died),
                "Demo EMIS Practice");
        return PatientBanner.of(person, "9990001243", "DEMOEMIS", AS_OF);
    }
}
