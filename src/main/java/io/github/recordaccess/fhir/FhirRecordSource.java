package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.CodeKind;
import io.github.recordaccess.rules.CodedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link FhirRecords} over standard FHIR R4 search, through the searches of this package. Patient lookups
 * run on permits of their own ({@link FhirExchange#asPatientLookup}), so practice evaluations cannot starve
 * them.
 */
@ApplicationScoped
class FhirRecordSource implements FhirRecords {

    private final PracticeDirectory practices;
    private final PracticeFactsLoader cohorts;
    private final PatientRecordLoader patients;
    private final CodedEntriesAroundDay codedAroundDay;
    private final FhirExchange exchange;

    FhirRecordSource(
            PracticeDirectory practices,
            PracticeFactsLoader cohorts,
            PatientRecordLoader patients,
            CodedEntriesAroundDay codedAroundDay,
            FhirExchange exchange) {
        this.practices = practices;
        this.cohorts = cohorts;
        this.patients = patients;
        this.codedAroundDay = codedAroundDay;
        this.exchange = exchange;
    }

    @Override
    public Optional<PracticeRef> findPractice(String odsCode) {
        return practices.findPractice(odsCode);
    }

    @Override
    public PracticeFacts cohortWithCodedEntries(PracticeRef practice) {
        return cohorts.load(practice);
    }

    @Override
    public Optional<PatientRecord> patientRecord(String nhsNumber) {
        return exchange.asPatientLookup(() -> patients.load(nhsNumber));
    }

    @Override
    public PracticeRef withOdsCode(PracticeRef practice) {
        return exchange.asPatientLookup(() -> practices.withOdsCode(practice));
    }

    @Override
    public PracticeRef withOrganizationId(PracticeRef practice) {
        return exchange.asPatientLookup(() -> practices.withOrganizationId(practice));
    }

    @Override
    public Map<String, List<CodedEvent>> codedAround(PracticeRef practice, CodeKind kind, LocalDate day) {
        return exchange.asPatientLookup(() -> codedAroundDay.of(practice, kind, day));
    }
}
