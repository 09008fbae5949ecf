package io.github.recordaccess.pages;

import io.github.recordaccess.read.DisplayFormats;
import io.github.recordaccess.read.PersonView;
import io.github.recordaccess.rules.DatePrecision;
import io.github.recordaccess.rules.FuzzyDate;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

/**
 * The top of a patient's page, so that a GP can confirm who it is about before reading the answer: name, date of
 * birth and age, NHS number and practice, and whether the patient has died. Read from the FHIR record for this page and
 * kept nowhere. A partial date of birth shows what it allows ("1990", "March 1990"), and the age only when it can be
 * known from it.
 *
 * @param name the name to show, or "Name not recorded"
 * @param born the date of birth in words, or "Not recorded"
 * @param age "35 years", "7 months", or null when it cannot be known
 * @param practice the practice's name and ODS code, or "Not known"
 * @param practiceName the practice's name in the registry, or null (for the breadcrumb)
 * @param died null for a patient not known to have died; the date of death in words, or "Date not recorded"
 */
public record PatientBanner(
        String name, String born, String age, String nhsNumber, String practice, String practiceName, String died) {

    static PatientBanner of(PersonView person, String nhsNumber, String practiceOdsCode, LocalDate asOf) {
        boolean died = person.deceased() || person.deceasedOn() != null;
        LocalDate ageOn = asOf;
        if (died) {
            // The age at death where the date of death is a known day; no age where it is not.
            ageOn = person.deceasedOn() == null
                    ? null
                    : person.deceasedOn().day().orElse(null);
        }
        return new PatientBanner(
                person.name() == null ? "Name not recorded" : person.name(),
                person.birthDate() == null ? "Not recorded" : inWords(person.birthDate()),
                ageOn == null || person.birthDate() == null ? null : age(person.birthDate(), ageOn),
                DisplayFormats.nhsNumber(nhsNumber),
                practice(person.practiceName(), practiceOdsCode),
                person.practiceName(),
                died ? person.deceasedOn() == null ? "Date not recorded" : inWords(person.deceasedOn()) : null);
    }

    public boolean deceased() {
        return died != null;
    }

    /** A date at the precision it was recorded with: "5 December 1990", "March 1990" or "1990". */
    static String inWords(FuzzyDate date) {
        LocalDate first = date.firstDay();
        if (date.precision() == DatePrecision.YEAR) {
            return String.valueOf(first.getYear());
        }
        if (date.precision() == DatePrecision.MONTH) {
            return DisplayFormats.month(YearMonth.from(first));
        }
        return DisplayFormats.date(first);
    }

    /**
     * The age on {@code day}, when every day the birth date allows gives the same one: "35 years", "1 year", or for a
     * baby "7 months" (a known birth day only). Null when it cannot be known, or the birth may be after the day.
     */
    static String age(FuzzyDate birth, LocalDate day) {
        LocalDate earliest = birth.firstDay();
        LocalDate latest = birth.lastDay();
        if (latest.isAfter(day)) {
            return null;
        }
        Period oldest = Period.between(earliest, day);
        Period youngest = Period.between(latest, day);
        if (oldest.getYears() != youngest.getYears()) {
            return null;
        }
        int years = youngest.getYears();
        if (years >= 1) {
            return years == 1 ? "1 year" : years + " years";
        }
        if (!earliest.equals(latest)) {
            return null;
        }
        int months = youngest.getMonths();
        if (months >= 1) {
            return months == 1 ? "1 month" : months + " months";
        }
        int days = youngest.getDays();
        return days == 1 ? "1 day" : days + " days";
    }

    private static String practice(String name, String odsCode) {
        if (odsCode == null) {
            return "Not known";
        }
        return name == null ? odsCode : name + " (" + odsCode + ")";
    }
}
