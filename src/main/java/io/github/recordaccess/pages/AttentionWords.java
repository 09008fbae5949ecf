package io.github.recordaccess.pages;

import io.github.recordaccess.read.Attention;
import io.github.recordaccess.read.Words;

/** The overview's words and tag colours for why a practice needs attention: one switch, for the vocabulary table. */
final class AttentionWords {

    /** The "Needs attention" cell of a practice that needs none. */
    static final String NOTHING = "Nothing to act on";

    private AttentionWords() {}

    static String label(Attention tag) {
        return Words.of(tag);
    }

    /** The NHS.UK tag colour: red for what blocks or breaks, orange and yellow for work to do, grey for context. */
    static String tagClass(Attention tag) {
        return switch (tag) {
            case EVALUATION_FAILED, ROUTES_NOT_SEARCHED, OVER_HALF_EXCLUDED -> "nhsuk-tag--red";
            case NOT_LIVE -> "nhsuk-tag--grey";
            case BULK_CODED_104 -> "nhsuk-tag--orange";
            case RECORDS_TO_CHECK -> "nhsuk-tag--yellow";
            case FIGURES_OLD -> "nhsuk-tag--white";
        };
    }
}
