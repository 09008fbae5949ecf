package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.CodeKind;
import io.github.recordaccess.rules.CodeSets;
import io.github.recordaccess.rules.CodedEvent;
import io.github.recordaccess.rules.Coding;
import io.github.recordaccess.rules.FuzzyDate;
import io.github.recordaccess.rules.PatientFacts;
import io.github.recordaccess.rules.SourceType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/** Turns HAPI R4 resources into the engine's facts. The only place that reads FHIR fields for the rules. */
public final class FhirFactsMapper {

    static final String CONDITION_VER_STATUS = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

    private final CodeSets codeSets;

    public FhirFactsMapper(CodeSets codeSets) {
        this.codeSets = codeSets;
    }

    public PatientFacts toFacts(Patient patient, Collection<? extends Resource> codedResources) {
        List<CodedEvent> events = new ArrayList<>();
        for (Resource resource : codedResources) {
            events.addAll(eventsOf(resource));
        }
        return new PatientFacts(
                patient.getIdElement().getIdPart(),
                nhsNumberOf(patient).orElse(null),
                fuzzy(patient.getBirthDateElement()),
                patient.hasDeceasedBooleanType() && patient.getDeceasedBooleanType().booleanValue(),
                patient.hasDeceasedDateTimeType() ? fuzzy(patient.getDeceasedDateTimeType()) : null,
                patient.hasActive() ? patient.getActive() : null,
                patient.getGeneralPractitioner().stream().map(FhirFactsMapper::describe).toList(),
                events);
    }

    /** {@code facts} with the events of {@code codedResources}. */
    public PatientFacts toFacts(PatientFacts facts, Collection<? extends Resource> codedResources) {
        List<CodedEvent> events = new ArrayList<>();
        for (Resource resource : codedResources) {
            events.addAll(eventsOf(resource));
        }
        return facts.withEvents(events);
    }

    /** The coded 103/104/106 events a resource carries: none, or one per kind it is coded with. */
    public List<CodedEvent> eventsOf(Resource resource) {
        if (resource instanceof Observation observation) {
            return events(observation, SourceType.OBSERVATION, observation.getCode(), observationDate(observation),
                    observation.hasIssued() ? observation.getIssued().toInstant() : null,
                    observation.hasStatus() ? observation.getStatus().toCode() : null);
        }
        if (resource instanceof Condition condition) {
            return events(condition, SourceType.CONDITION, condition.getCode(), conditionDate(condition), null,
                    verificationStatus(condition));
        }
        return List.of();
    }

    public static Optional<String> nhsNumberOf(Patient patient) {
        for (String system : NhsIdentifiers.NHS_NUMBER_SYSTEMS) {
            Optional<String> value = patient.getIdentifier().stream()
                    .filter(i -> system.equals(i.getSystem()) && i.hasValue())
                    .map(Identifier::getValue)
                    .findFirst();
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private List<CodedEvent> events(Resource resource, SourceType source, CodeableConcept code, FuzzyDate date,
            Instant issued, String status) {
        List<Coding> codings = code.getCoding().stream()
                .filter(c -> c.hasSystem() && c.hasCode())
                .map(c -> new Coding(c.getSystem(), c.getCode()))
                .toList();
        String reference = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
        List<CodedEvent> events = new ArrayList<>();
        for (CodeKind kind : codeSets.classify(codings)) {
            events.add(new CodedEvent(reference, source, kind, codeSets.matching(kind, codings), date, issued, status));
        }
        return events;
    }

    /** effective[x] (dateTime, instant or Period.start), else issued. */
    private static FuzzyDate observationDate(Observation observation) {
        FuzzyDate effective = fromChoice(observation.getEffective());
        return effective != null ? effective : fuzzy(observation.getIssuedElement());
    }

    /** recordedDate, else onset[x] (dateTime or Period.start). */
    private static FuzzyDate conditionDate(Condition condition) {
        FuzzyDate recorded = fuzzy(condition.getRecordedDateElement());
        return recorded != null ? recorded : fromChoice(condition.getOnset());
    }

    private static FuzzyDate fromChoice(Type value) {
        if (value instanceof BaseDateTimeType dateTime) {
            return fuzzy(dateTime);
        }
        if (value instanceof org.hl7.fhir.r4.model.Period period) {
            return fuzzy(period.getStartElement());
        }
        return null;
    }

    private static FuzzyDate fuzzy(BaseDateTimeType value) {
        return value == null || value.isEmpty() || value.getValueAsString() == null
                ? null
                : FuzzyDate.parse(value.getValueAsString());
    }

    /**
     * The Condition's verification status code; null when absent. A status without a standard coding
     * reads as {@code unknown}, which a 106 does not count with.
     */
    private static String verificationStatus(Condition condition) {
        if (!condition.hasVerificationStatus()) {
            return null;
        }
        return condition.getVerificationStatus().getCoding().stream()
                .filter(c -> CONDITION_VER_STATUS.equals(c.getSystem()) && c.hasCode())
                .map(org.hl7.fhir.r4.model.Coding::getCode)
                .findFirst()
                .orElse("unknown");
    }

    private static String describe(Reference reference) {
        if (reference.hasReference()) {
            return reference.getReference();
        }
        if (reference.hasIdentifier()) {
            return reference.getIdentifier().getSystem() + "|" + reference.getIdentifier().getValue();
        }
        return reference.getDisplay();
    }
}
