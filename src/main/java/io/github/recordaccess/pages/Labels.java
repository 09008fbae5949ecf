package io.github.recordaccess.pages;

import io.github.recordaccess.rules.Recommendation;
import java.util.Locale;

/** Enum names as words for the pages (the templates' {@code label} and {@code tagClass}, see {@link PageTemplates}) ({@code OFFER_OPT_IN} → "Offer opt in"); the id stays in the API. */
public final class Labels {

    private Labels() {}

    static String label(Enum<?> value) {
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The NHS.UK tag colour of a recommendation: green to give access, red to resolve the record first. */
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
