package io.github.recordaccess.pages;

import io.github.recordaccess.practice.WorklistFilter;
import io.github.recordaccess.rules.Recommendation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Enum names as words for the pages (the templates' {@code label} and {@code tagClass}, see {@link PageTemplates}) ({@code OFFER_OPT_IN} → "Offer opt in"); the id stays in the API. */
public final class Labels {

    private Labels() {}

    static String label(Enum<?> value) {
        // An abbreviation stays in capitals, as NHS staff write it ("Unverified NHS number").
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT).replaceAll("\\bnhs\\b", "NHS");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A worklist's filters in words, for its heading ("Recommendation: Offer opt in; bulk-coded 104: yes"). */
    static String describe(WorklistFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.recommendation() != null) {
            parts.add("recommendation: " + label(filter.recommendation()));
        }
        if (filter.reason() != null) {
            parts.add("reason: " + label(filter.reason()));
        }
        if (filter.flag() != null) {
            parts.add("104/106 flag: " + label(filter.flag()));
        }
        if (filter.action() != null) {
            parts.add("action: " + label(filter.action()));
        }
        if (filter.bulkCoded104() != null) {
            parts.add("bulk-coded 104: " + (filter.bulkCoded104() ? "yes" : "no"));
        }
        if (filter.turning16Within() != null) {
            parts.add("turning 16 within " + filter.turning16Within() + " days");
        }
        String words = String.join("; ", parts);
        return words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
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
