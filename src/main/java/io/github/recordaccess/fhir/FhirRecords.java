package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.Coding;
import io.github.recordaccess.rules.PatientFacts;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the service reads from the FHIR server, whole or not at all: a practice's cohort with its coded
 * entries, and one patient's record. The only door from {@code practice} and {@code patient} into FHIR.
 */
public interface FhirRecords {

    /** The practice with this ODS code; empty when the server knows none. */
    Optional<PracticeRef> findPractice(String odsCode);

    /** Every patient of the practice with their 103/104/106 entries (and near misses). */
    List<PatientFacts> cohortWithCodedEntries(String organizationId);

    /**
     * The patient with this NHS number, with their own coded entries read now, and their practice as
     * the record refers to it (see {@link #withOdsCode}).
     *
     * @return empty when no Patient carries the number
     * @throws AmbiguousMatchException when more than one does
     */
    Optional<PatientRecord> patientRecord(String nhsNumber);

    /** The practice reference with its ODS code, read from the Organization when the reference lacks it. */
    PracticeRef withOdsCode(PracticeRef practice);

    /** How many of the practice's Observations and Conditions carry one of {@code codings} on {@code day}. */
    int countCodedOnDay(String organizationId, Collection<Coding> codings, LocalDate day);
}
