package io.github.recordaccess.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Patient;

/** Loads one patient by NHS number: the Patient, their coded entries and their practice. */
@ApplicationScoped
class PatientRecordLoader {

    private final FhirGateway gateway;
    private final PracticeDirectory practices;
    private final FhirFactsMapper mapper;

    public PatientRecordLoader(FhirGateway gateway, PracticeDirectory practices, FhirFactsMapper mapper) {
        this.gateway = gateway;
        this.practices = practices;
        this.mapper = mapper;
    }

    /**
     * The Patient and their practice as the record refers to it (see {@link PracticeDirectory#withOdsCode});
     * the facts carry no coded events yet (see {@link #withCodedEvents}).
     *
     * @return empty when no Patient carries the number
     * @throws AmbiguousMatchException when more than one does
     */
    Optional<PatientRecord> findByNhsNumber(String nhsNumber) {
        List<Patient> found = gateway.findPatientsByNhsNumber(nhsNumber);
        if (found.size() > 1) {
            throw new AmbiguousMatchException("Patient", "NHS number", found.size());
        }
        return found.stream()
                .findFirst()
                .map(patient -> new PatientRecord(mapper.toFacts(patient, List.of()), practices.referenceOf(patient)));
    }

    /** The facts with the patient's 103/104/106 entries: one Observation and one Condition search. */
    io.github.recordaccess.rules.PatientFacts withCodedEvents(io.github.recordaccess.rules.PatientFacts facts) {
        List<org.hl7.fhir.r4.model.Resource> coded = gateway.codedResourcesOfPatient(facts.patientId());
        for (org.hl7.fhir.r4.model.Resource resource : coded) {
            // Another patient's 106 must never rescind this patient's 104.
            if (!facts.patientId().equals(FhirGateway.idOf(FhirGateway.subjectOf(resource)))) {
                throw new FhirServerException(
                        FhirServerException.Kind.INVALID_RESPONSE,
                        "search coded entries for one patient",
                        "The FHIR server returned coded entries of another patient for 'search coded entries for one patient'.");
            }
        }
        return mapper.toFacts(facts, coded);
    }
}
