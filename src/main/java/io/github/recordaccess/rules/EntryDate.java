package io.github.recordaccess.rules;

import java.util.Objects;

/**
 * A date as one field of an entry recorded it, so a clinician can see where it came from.
 *
 * @param field the FHIR element it was read from, e.g. {@code effectiveDateTime} or {@code issued}
 * @param text the value as recorded
 * @param value the interval it stands for; null when the text is no date that can be read, which
 *     leaves the entry undated (and so a case for review wherever its order matters)
 */
public record EntryDate(String field, String text, FuzzyDate value) {

    public EntryDate {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
    }

    /** Reads a date or dateTime {@code text}; a value that cannot be read is kept as text with no interval. */
    public static EntryDate read(String field, String text) {
        return new EntryDate(field, text, FuzzyDate.tryParse(text, false).orElse(null));
    }

    /** Reads an instant {@code text} (midnight stays a point in time); a value that cannot be read is kept as text. */
    public static EntryDate readInstant(String field, String text) {
        return new EntryDate(field, text, FuzzyDate.tryParse(text, true).orElse(null));
    }
}
