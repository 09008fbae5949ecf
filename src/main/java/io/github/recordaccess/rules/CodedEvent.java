package io.github.recordaccess.rules;

import java.util.Objects;

/**
 * One 103, 104 or 106 entry in a patient's record.
 *
 * @param reference the FHIR resource it came from, e.g. {@code Observation/abc}
 * @param source the resource type, which decides how {@code status} reads
 * @param kind what the entry means, or would mean if its coding were recognised
 * @param coding the coding that matched
 * @param recognised true when the coding's system and code are both configured; false for a near miss
 *     (the code value of a configured coding under another system, or none), which never counts
 * @param clinical the clinically relevant date (Observation effective[x] else issued; Condition onset[x]
 *     else recordedDate); null when the entry has none
 * @param recorded when the entry was recorded (Observation.issued, Condition.recordedDate); null when absent
 * @param status Observation.status, or the Condition.verificationStatus code; null if absent
 */
public record CodedEvent(
        String reference,
        SourceType source,
        CodeKind kind,
        Coding coding,
        boolean recognised,
        EntryDate clinical,
        EntryDate recorded,
        String status) {

    public CodedEvent {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(coding, "coding");
    }

    /** The clinical date's interval, for the as-of day; null when absent or unreadable. */
    public FuzzyDate clinicalDate() {
        return clinical == null ? null : clinical.value();
    }

    /** The clinical date's interval, for ordering; null when the entry is undated. */
    public FuzzyDate date() {
        return isDated() ? clinical.value() : null;
    }

    /** The recorded time's interval; null when absent (or unreadable, which leaves the entry undated). */
    public FuzzyDate recordedTime() {
        return recorded == null ? null : recorded.value();
    }

    /**
     * True when the entry has a clinical date that can be read and no recorded time that cannot: a date
     * that cannot be read leaves the entry's order unknown, whichever of its dates it is.
     */
    public boolean isDated() {
        return clinical != null && clinical.value() != null && (recorded == null || recorded.value() != null);
    }
}
