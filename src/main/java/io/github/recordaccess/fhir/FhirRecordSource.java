package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.Coding;
import io.github.recordaccess.rules.PatientFacts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link FhirRecords} over standard FHIR R4 search, through the searches of this package. */
@ApplicationScoped
class FhirRecordSource implements FhirRecords {

    private final PracticeDirectory practices;
    private final PracticeFactsLoader cohorts;
    private final PatientRecordLoader patients;
    private final BulkCodingCount counts;

    FhirRecordSource(
            PracticeDirectory practices,
            PracticeFactsLoader cohorts,
            PatientRecordLoader patients,
            BulkCodingCount counts) {
        this.practices = practices;
        this.cohorts = cohorts;
        this.patients = patients;
        this.counts = counts;
    }

    @Override
    public Optional<PracticeRef> findPractice(String odsCode) {
        return practices.findPractice(odsCode);
    }

    @Override
    public List<PatientFacts> cohortWithCodedEntries(String organizationId) {
        return cohorts.load(organizationId);
    }

    @Override
    public Optional<PatientRecord> patientRecord(String nhsNumber) {
        return patients.findByNhsNumber(nhsNumber)
                .map(found -> new PatientRecord(patients.withCodedEvents(found.facts()), found.practice()));
    }

    @Override
    public PracticeRef withOdsCode(PracticeRef practice) {
        return practices.withOdsCode(practice);
    }

    @Override
    public int countCodedOnDay(String organizationId, Collection<Coding> codings, LocalDate day) {
        return counts.countCodedOnDay(organizationId, codings, day);
    }
}
