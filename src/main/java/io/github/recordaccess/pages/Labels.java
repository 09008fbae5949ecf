package io.github.recordaccess.pages;

import io.github.recordaccess.practice.WorklistFilter;
import io.github.recordaccess.read.WorklistQuery;
import io.github.recordaccess.rules.Recommendation;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Enum names as words for the pages (the templates' {@code label} and {@code tagClass}, see {@link PageTemplates}) ({@code OFFER_OPT_IN} → "Offer opt in"); the id stays in the API. */
public final class Labels {

    private Labels() {}

    static String label(Enum<?> value) {
        // An abbreviation or a system's name stays in capitals, as NHS staff write it ("Unverified NHS number", "TPP").
        String words = value.name()
                .replace('_', ' ')
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\bnhs\\b", "NHS")
                .replaceAll("\\bemis\\b", "EMIS")
                .replaceAll("\\btpp\\b", "TPP");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Each worklist filter in words, by its parameter name; {@code %s} is its value as the page shows it. */
    static final Map<String, String> FILTER_WORDS = Map.of(
            WorklistQuery.RECOMMENDATION, "recommendation: %s",
            WorklistQuery.REASON, "reason: %s",
            WorklistQuery.FLAG, "104/106 flag: %s",
            WorklistQuery.ACTION, "action: %s",
            WorklistQuery.BULK_CODED_104, "bulk-coded 104: %s",
            WorklistQuery.TURNING_16_WITHIN, "turning 16 within %s days");

    /** A worklist's filters in words, for its heading ("Recommendation: Offer opt in; bulk-coded 104: yes"). */
    static String describe(WorklistFilter filter) {
        String words = WorklistQuery.given(filter).entrySet().stream()
                .map(e -> FILTER_WORDS.get(e.getKey()).formatted(shown(e.getValue())))
                .collect(Collectors.joining("; "));
        return words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String shown(Object value) {
        if (value instanceof Enum<?> e) {
            return label(e);
        }
        return value instanceof Boolean yes ? (yes ? "yes" : "no") : value.toString();
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
