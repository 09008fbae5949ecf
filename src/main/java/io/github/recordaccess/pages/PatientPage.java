package io.github.recordaccess.pages;

import io.github.recordaccess.read.DisplayFormats;
import io.github.recordaccess.read.RecommendationView;
import io.github.recordaccess.rules.FuzzyDate;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One patient's page: who it is about (the banner, read with the record and kept nowhere), the recommendation as its
 * headline, why, the actions and the evidence, as of {@code asOf}, from the record read at {@code evaluatedAt} (a
 * patient's record is read afresh for each page).
 */
public record PatientPage(
        LocalDate asOf, Instant evaluatedAt, RecommendationView recommendation, PatientBanner banner, PatientWhy why) {

    /** The day the answer is for, in words ("5 December 2026"). */
    public String asOfInWords() {
        return PatientBanner.inWords(FuzzyDate.ofDay(asOf));
    }

    /** When the record was read, London time. */
    public String evaluated() {
        return DisplayFormats.dateTime(evaluatedAt);
    }
}
