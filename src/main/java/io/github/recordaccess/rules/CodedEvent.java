package io.github.recordaccess.rules;

import java.util.List;
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
 * @param performerOrganizations the organisations an Observation's {@code performer} names (by a literal
 *     Organization reference or an ODS identifier), as plain values; empty when it names none, and for a
 *     Condition, whose recorder and asserter R4 allows to be people only
 */
public record CodedEvent(
        String reference,
        SourceType source,
        CodeKind kind,
        Coding coding,
        boolean recognised,
        EntryDate clinical,
        EntryDate recorded,
        String status,
        List<OrganizationIdentity> performerOrganizations) {

    public CodedEvent {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(coding, "coding");
        performerOrganizations = List.copyOf(performerOrganizations);
    }

    /** An entry whose performer names no organisation. */
    public CodedEvent(
            String reference,
            SourceType source,
            CodeKind kind,
            Coding coding,
            boolean recognised,
            EntryDate clinical,
            EntryDate recorded,
            String status) {
        this(reference, source, kind, coding, recognised, clinical, recorded, status, List.of());
    }

    /**
     * True when the entry is an Observation whose performer names an organisation certainly other than
     * {@code practice}. One whose recorder cannot be told (no organisation named, or nothing to compare with)
     * is the practice's own.
     */
    public boolean isRecordedOutside(OrganizationIdentity practice) {
        return source == SourceType.OBSERVATION
                && performerOrganizations.stream().anyMatch(o -> o.isCertainlyNot(practice));
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
