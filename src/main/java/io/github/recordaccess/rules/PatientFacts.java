package io.github.recordaccess.rules;

import java.util.List;
import java.util.Objects;

/**
 * What the engine needs to know about one patient, free of any FHIR library type.
 *
 * @param patientId the FHIR logical id
 * @param nhsNumber the NHS number, or null when the record carries none
 * @param birthDate the birth date at its recorded precision, or null when absent
 * @param deceased true when {@code deceasedBoolean} is true
 * @param deceasedOn the {@code deceasedDateTime}, or null
 * @param active {@code Patient.active}; null when absent (FHIR then means an active record)
 * @param generalPractitioners the {@code generalPractitioner} references or identifiers, as recorded
 * @param events every 103/104/106 entry found for the patient, counted or not
 */
public record PatientFacts(
        String patientId,
        String nhsNumber,
        FuzzyDate birthDate,
        boolean deceased,
        FuzzyDate deceasedOn,
        Boolean active,
        List<String> generalPractitioners,
        List<CodedEvent> events) {

    public PatientFacts {
        Objects.requireNonNull(patientId, "patientId");
        generalPractitioners = List.copyOf(generalPractitioners);
        events = List.copyOf(events);
    }

    public PatientFacts withEvents(List<CodedEvent> newEvents) {
        return new PatientFacts(patientId, nhsNumber, birthDate, deceased, deceasedOn, active, generalPractitioners, newEvents);
    }
}
