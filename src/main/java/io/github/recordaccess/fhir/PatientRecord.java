package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.PatientFacts;
import java.util.List;
import java.util.Optional;

/**
 * One patient's facts with the practice they are registered with, if the record says.
 *
 * @param mergedRecords the other records found with the patient's NHS number, each replaced by the patient's
 *     record (merged into it), with their own coded entries: they count for the patient
 */
public record PatientRecord(PatientFacts facts, Optional<PracticeRef> practice, List<PatientFacts> mergedRecords) {

    public PatientRecord {
        mergedRecords = List.copyOf(mergedRecords);
    }

    public PatientRecord(PatientFacts facts, Optional<PracticeRef> practice) {
        this(facts, practice, List.of());
    }
}
