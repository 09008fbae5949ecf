package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.CodeSets;
import io.github.recordaccess.rules.CodedEvent;
import io.github.recordaccess.rules.Coding;
import io.github.recordaccess.rules.EntryDate;
import io.github.recordaccess.rules.OrganizationIdentity;
import io.github.recordaccess.rules.PatientFacts;
import io.github.recordaccess.rules.SourceType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * Turns HAPI R4 resources into the engine's facts. The only place that reads FHIR fields for the rules.
 * A date that cannot be read never fails the practice: the entry becomes undated, the birth date
 * unknown, and a death date still marks the patient deceased, each of which leads away from access.
 * Every element is read by its value, never by {@code has…()}: an element may carry only an extension
 * (a data-absent-reason), which is no value.
 */
public final class FhirFactsMapper {

    static final String CONDITION_VER_STATUS = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

    private final CodeSets codeSets;

    public FhirFactsMapper(CodeSets codeSets) {
        this.codeSets = codeSets;
    }

    public PatientFacts toFacts(Patient patient, Collection<? extends Resource> codedResources) {
        EntryDate deceasedOn =
                patient.hasDeceasedDateTimeType() ? read("deceasedDateTime", patient.getDeceasedDateTimeType()) : null;
        EntryDate birthDate = read("birthDate", patient.getBirthDateElement());
        return new PatientFacts(
                patient.getIdElement().getIdPart(),
                nhsNumbersOf(patient),
                birthDate == null ? null : birthDate.value(),
                (patient.hasDeceasedBooleanType()
                                && Boolean.TRUE.equals(
                                        patient.getDeceasedBooleanType().getValue()))
                        || (deceasedOn != null && deceasedOn.value() == null),
                deceasedOn == null ? null : deceasedOn.value(),
                patient.getActiveElement().getValue(),
                patient.getGeneralPractitioner().stream()
                        .map(FhirFactsMapper::describe)
                        .toList(),
                eventsOf(codedResources),
                PatientLinks.of(patient),
                NhsNumberVerificationStatuses.of(patient));
    }

    /** {@code facts} with the events of {@code codedResources}. */
    public PatientFacts toFacts(PatientFacts facts, Collection<? extends Resource> codedResources) {
        return facts.withEvents(eventsOf(codedResources));
    }

    /** The coded 103/104/106 events a resource carries: none, or one per kind it is coded with. */
    public List<CodedEvent> eventsOf(Resource resource) {
        if (resource instanceof Observation observation) {
            EntryDate issued = read("issued", observation.getIssuedElement());
            EntryDate effective = fromChoice("effective", observation.getEffective());
            return events(
                    observation,
                    SourceType.OBSERVATION,
                    observation.getCode(),
                    effective != null ? effective : issued,
                    issued,
                    observation.getStatus() == null
                            ? null
                            : observation.getStatus().toCode(),
                    PerformerOrganizations.of(observation));
        }
        if (resource instanceof Condition condition) {
            EntryDate recorded = read("recordedDate", condition.getRecordedDateElement());
            EntryDate onset = fromChoice("onset", condition.getOnset());
            return events(
                    condition,
                    SourceType.CONDITION,
                    condition.getCode(),
                    onset != null ? onset : recorded,
                    recorded,
                    verificationStatus(condition),
                    List.of());
        }
        return List.of();
    }

    /** Every NHS number on the record: the current identifier system's first, then the legacy one's. */
    public static List<String> nhsNumbersOf(Patient patient) {
        List<String> numbers = new ArrayList<>(1);
        for (String system : NhsIdentifiers.NHS_NUMBER_SYSTEMS) {
            patient.getIdentifier().stream()
                    .filter(i -> system.equals(i.getSystem()) && i.getValue() != null)
                    .map(Identifier::getValue)
                    .forEach(numbers::add);
        }
        return numbers;
    }

    private List<CodedEvent> eventsOf(Collection<? extends Resource> codedResources) {
        List<CodedEvent> events = new ArrayList<>();
        for (Resource resource : codedResources) {
            events.addAll(eventsOf(resource));
        }
        return events;
    }

    private List<CodedEvent> events(
            Resource resource,
            SourceType source,
            CodeableConcept code,
            EntryDate clinical,
            EntryDate recorded,
            String status,
            List<OrganizationIdentity> performerOrganizations) {
        List<Coding> codings = code.getCoding().stream()
                .filter(c -> c.getCode() != null)
                .map(c -> new Coding(c.hasSystem() ? c.getSystem() : null, c.getCode()))
                .toList();
        String reference = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
        List<CodedEvent> events = new ArrayList<>(1);
        for (CodeSets.Match match : codeSets.match(codings)) {
            events.add(new CodedEvent(
                    reference,
                    source,
                    match.kind(),
                    match.coding(),
                    match.recognised(),
                    clinical,
                    recorded,
                    status,
                    performerOrganizations));
        }
        return events;
    }

    /** effective[x] or onset[x]: a dateTime, an instant or a Period's start; null for other types or none. */
    private static EntryDate fromChoice(String element, Type value) {
        if (value instanceof BaseDateTimeType dateTime) {
            return read(element + (dateTime instanceof InstantType ? "Instant" : "DateTime"), dateTime);
        }
        if (value instanceof Period period) {
            return read(element + "Period.start", period.getStartElement());
        }
        return null;
    }

    /** The element as recorded; null when absent. HAPI keeps a value it could not parse as text. */
    private static EntryDate read(String field, BaseDateTimeType value) {
        if (value == null
                || value.getValueAsString() == null
                || value.getValueAsString().isBlank()) {
            return null;
        }
        return value instanceof InstantType
                ? EntryDate.readInstant(field, value.getValueAsString())
                : EntryDate.read(field, value.getValueAsString());
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
                .filter(c -> CONDITION_VER_STATUS.equals(c.getSystem()) && c.getCode() != null)
                .map(org.hl7.fhir.r4.model.Coding::getCode)
                .findFirst()
                .orElse("unknown");
    }

    private static String describe(Reference reference) {
        if (reference.hasReference()) {
            return reference.getReference();
        }
        if (reference.hasIdentifier()) {
            return reference.getIdentifier().getSystem() + "|"
                    + reference.getIdentifier().getValue();
        }
        return reference.getDisplay();
    }
}
