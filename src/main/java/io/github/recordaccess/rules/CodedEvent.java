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

    /** The clinical date's interval; null when the entry is undated (no clinical date, or one that cannot be read). */
    public FuzzyDate date() {
        return clinical == null ? null : clinical.value();
    }

    /** The recorded time's interval; null when absent or unreadable. */
    public FuzzyDate recordedTime() {
        return recorded == null ? null : recorded.value();
    }

    public boolean isDated() {
        return date() != null;
    }
}
