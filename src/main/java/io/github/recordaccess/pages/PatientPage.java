package io.github.recordaccess.pages;

import io.github.recordaccess.read.DisplayFormats;
import io.github.recordaccess.read.RecommendationView;
import io.github.recordaccess.rules.NhsNumberVerification;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One patient's page: the recommendation, its reasons, the actions and the evidence, as of {@code asOf}, from the
 * record read at {@code evaluatedAt} (a patient's record is read afresh for each page).
 */
public record PatientPage(LocalDate asOf, Instant evaluatedAt, RecommendationView recommendation) {

    /** The NHS-number verification status in words: "02 (number present but not traced)". */
    public String verification() {
        String status = recommendation.nhsNumberVerification();
        String meaning = NhsNumberVerification.meaning(status);
        if (NhsNumberVerification.UNREADABLE.equals(status)) {
            return "Cannot be read";
        }
        return meaning == null ? status : status + " (" + meaning + ")";
    }

    /** When the record was read, London time. */
    public String evaluated() {
        return DisplayFormats.dateTime(evaluatedAt);
    }
}
