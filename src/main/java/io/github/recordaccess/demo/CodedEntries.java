package io.github.recordaccess.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Builds a demo patient's 103/104/106 Observations and Conditions, each added to the practice's resources. */
final class CodedEntries {

    private static final String VER_STATUS = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    private static final String CLINICAL_STATUS = "http://terminology.hl7.org/CodeSystem/condition-clinical";

    private final List<Resource> resources;
    private final Random random;

    CodedEntries(List<Resource> resources, Random random) {
        this.resources = resources;
        this.random = random;
    }

    Observation observation(
            Patient patient, io.github.recordaccess.rules.Coding code, String effective, boolean withIssued) {
        Observation observation = new Observation();
        observation.setId(patient.getIdPart() + "-o" + resources.size());
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.setSubject(new Reference("Patient/" + patient.getIdPart()));
        observation.setCode(concept(code));
        if (effective != null) {
            observation.setEffective(new DateTimeType(effective));
            if (withIssued && effective.length() == 10) {
                observation.setIssued(at(LocalDate.parse(effective), 8 + random.nextInt(10)));
            }
        }
        resources.add(observation);
        return observation;
    }

    void condition(
            Patient patient,
            io.github.recordaccess.rules.Coding code,
            String recorded,
            String verification,
            String clinical) {
        Condition condition = new Condition();
        condition.setId(patient.getIdPart() + "-c" + resources.size());
        condition.setSubject(new Reference("Patient/" + patient.getIdPart()));
        condition.setCode(concept(code));
        condition.setRecordedDateElement(new DateTimeType(recorded));
        condition.setVerificationStatus(new CodeableConcept(new Coding(VER_STATUS, verification, null)));
        condition.setClinicalStatus(new CodeableConcept(new Coding(CLINICAL_STATUS, clinical, null)));
        resources.add(condition);
    }

    static Date at(LocalDate day, int hour) {
        return Date.from(day.atTime(hour, 0).toInstant(ZoneOffset.UTC));
    }

    private static CodeableConcept concept(io.github.recordaccess.rules.Coding code) {
        return new CodeableConcept(new Coding(code.system(), code.code(), null));
    }
}
