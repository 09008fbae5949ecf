package io.github.recordaccess.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * One 103, 104 or 106 entry in a patient's record.
 *
 * @param reference the FHIR resource it came from, e.g. {@code Observation/abc}
 * @param source the resource type, which decides how {@code status} reads
 * @param kind what the entry means
 * @param coding the coding that matched
 * @param date the clinically relevant date (Observation effective[x] else issued; Condition
 *     recordedDate else onset[x]); null when the entry is undated
 * @param issued when an Observation was recorded, used to break ties between overlapping dates; null if absent
 * @param status Observation.status, or the Condition.verificationStatus code; null if absent
 */
public record CodedEvent(
        String reference,
        SourceType source,
        CodeKind kind,
        Coding coding,
        FuzzyDate date,
        Instant issued,
        String status) {

    public CodedEvent {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(coding, "coding");
    }

    public boolean isDated() {
        return date != null;
    }
}
