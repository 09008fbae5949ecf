package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.CodeKind;
import io.github.recordaccess.rules.CodedEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the service reads from the FHIR server, whole or not at all: a practice's cohort with its coded
 * entries, and one patient's record. The only door from {@code practice} and {@code patient} into FHIR.
 */
public interface FhirRecords {

    /** The practice with this ODS code; empty when the server knows none. */
    Optional<PracticeRef> findPractice(String odsCode);

    /**
     * Every patient of the practice, by every registration route, with their 103/104/106 entries (and near
     * misses), and the routes searched.
     */
    PracticeFacts cohortWithCodedEntries(PracticeRef practice);

    /**
     * The patient with this NHS number, with their own coded entries read now, and their practice as
     * the record refers to it (see {@link #withOdsCode}). Where several Patients carry the number and are
     * merged records that settle on one survivor, the survivor, with the replaced records beside it.
     *
     * @return empty when no Patient carries the number
     * @throws AmbiguousMatchException when more than one does, other than as merged records
     */
    Optional<PatientRecord> patientRecord(String nhsNumber);

    /** The practice reference with its ODS code, read from the Organization when the reference lacks it. */
    PracticeRef withOdsCode(PracticeRef practice);

    /** The practice reference with its Organization id, searched by ODS code for an identifier-only reference. */
    PracticeRef withOrganizationId(PracticeRef practice);

    /**
     * The practice's entries of one kind (104 or 106) dated from the day before {@code day} to the day after, as
     * coded events by patient id, for the caller to count by clinical London day.
     */
    Map<String, List<CodedEvent>> codedAround(PracticeRef practice, CodeKind kind, LocalDate day);
}
