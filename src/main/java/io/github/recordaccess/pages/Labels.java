package io.github.recordaccess.pages;

import io.github.recordaccess.rules.Recommendation;
import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** Enum names as words for the pages ({@code OFFER_OPT_IN} → "Offer opt in"); the id stays in the API. */
@TemplateExtension
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

    /** One decimal, as the API gives it. */
    static String percent(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f%%", value);
    }
}
