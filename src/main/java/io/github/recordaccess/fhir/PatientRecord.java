package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.PatientFacts;
import java.util.List;
import java.util.Optional;

/**
 * One patient's facts with the practice they are registered with, if the record says.
 *
 * @param mergedRecords the other records found with the patient's NHS number, each replaced by the patient's
 *     record (merged into it), with their own coded entries: they count for the patient
 * @param name the name a patient banner shows ({@link PatientNames}), read now and never kept; empty when the record
 *     has none that may be shown
 */
public record PatientRecord(
        PatientFacts facts, Optional<PracticeRef> practice, List<PatientFacts> mergedRecords, Optional<String> name) {

    public PatientRecord {
        mergedRecords = List.copyOf(mergedRecords);
    }

    public PatientRecord(PatientFacts facts, Optional<PracticeRef> practice, List<PatientFacts> mergedRecords) {
        this(facts, practice, mergedRecords, Optional.empty());
    }

    public PatientRecord(PatientFacts facts, Optional<PracticeRef> practice) {
        this(facts, practice, List.of());
    }
}
