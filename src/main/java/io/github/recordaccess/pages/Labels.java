package io.github.recordaccess.pages;

import io.github.recordaccess.rules.Recommendation;

/** The NHS.UK tag colour of each recommendation; the words are the vocabulary's ({@code read.Words}). */
public final class Labels {

    private Labels() {}

    /** The NHS.UK tag colour of a recommendation: green to give access, red to check the record first. */
    static String tagClass(Recommendation recommendation) {
        return switch (recommendation) {
            case PROVISION_ACCESS -> "nhsuk-tag--green";
            case OFFER_OPT_IN -> "nhsuk-tag--yellow";
            case OPTED_OUT -> "nhsuk-tag--grey";
            case NOT_APPLICABLE -> "nhsuk-tag--white";
            case REVIEW_REQUIRED -> "nhsuk-tag--red";
        };
    }
}
