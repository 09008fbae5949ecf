package io.github.recordaccess.pages;

import io.github.recordaccess.read.AsOf;
import io.github.recordaccess.read.DisplayFormats;
import io.github.recordaccess.rules.NhsNumbers;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The patient search form: what was typed, and the error message to show beside it when it is not an NHS
 * number (NHS.UK's error message pattern). Spaces and hyphens are allowed, as people copy "999 000 0018" from
 * clinical systems and letters.
 */
public record PatientSearch(LocalDate asOf, String entered, String error) {

    static PatientSearch empty(LocalDate asOf) {
        return new PatientSearch(asOf, "", null);
    }

    /** The NHS number entered, digits only, if it is a valid one. */
    static Optional<String> nhsNumber(String entered) {
        String digits = entered.replaceAll("[\\s-]", "");
        return NhsNumbers.isValid(digits) ? Optional.of(digits) : Optional.empty();
    }

    /** The search again, with what is wrong with the entry in words a person can act on. */
    static PatientSearch refused(LocalDate asOf, String entered) {
        String digits = entered.replaceAll("[\\s-]", "");
        String error;
        if (digits.isEmpty()) {
            error = "Enter an NHS number";
        } else if (!digits.matches("\\d{10}")) {
            error = "NHS number must be 10 digits";
        } else {
            error = "Enter a valid NHS number: the last digit is a check digit, and it does not match the other nine";
        }
        return new PatientSearch(asOf, entered, error);
    }

    /**
     * The search again after a number that is valid but found nobody the caller may see (or nobody at all: the two
     * read alike), with the number in the box to check.
     */
    /** The search again for the patient page that found nobody, on the day it asked for (a valid day, as it was read). */
    static PatientSearch notFound(UriInfo page, Clock clock) {
        String asOf = page.getQueryParameters().getFirst(AsOf.NAME);
        LocalDate day;
        try {
            day = asOf == null ? LocalDate.now(clock) : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            day = LocalDate.now(clock);
        }
        return notFound(day, page.getPathParameters().getFirst("nhsNumber"));
    }

    static PatientSearch notFound(LocalDate asOf, String nhsNumber) {
        String shown = DisplayFormats.nhsNumber(nhsNumber);
        return new PatientSearch(
                asOf,
                shown,
                "No patient with NHS number " + shown + " was found. Check the number, or ask the practice the patient"
                        + " is registered with");
    }

    public boolean failed() {
        return error != null;
    }
}
