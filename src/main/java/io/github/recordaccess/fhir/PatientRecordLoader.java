package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.FuzzyDate;
import io.github.recordaccess.rules.MergeLinks;
import io.github.recordaccess.rules.MergedRecords;
import io.github.recordaccess.rules.PatientFacts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * Loads one patient by NHS number: the Patient, their coded entries and their practice. Where several Patients
 * carry the number, they are one patient only when they are merged records (Patient.link replaced-by /
 * replaces) that settle on one survivor among them: the answer is then the survivor's, with the replaced
 * records' entries. Any other several is ambiguous.
 */
@ApplicationScoped
class PatientRecordLoader {

    private final FhirGateway gateway;
    private final PracticeDirectory practices;
    private final FhirFactsMapper mapper;
    private final Clock clock;

    public PatientRecordLoader(FhirGateway gateway, PracticeDirectory practices, FhirFactsMapper mapper, Clock clock) {
        this.gateway = gateway;
        this.practices = practices;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * The patient with their own coded entries read now (and those of the records merged into theirs), and
     * their practice as the record refers to it (see {@link PracticeDirectory#withOdsCode}).
     *
     * @return empty when no Patient carries the number
     * @throws AmbiguousMatchException when more than one does and they do not settle on one survivor
     */
    // The other records are all but this very one (records may be equal in value, so identity is meant).
    @SuppressWarnings("ReferenceEquality")
    Optional<PatientRecord> load(String nhsNumber) {
        List<Patient> found = gateway.findPatientsByNhsNumber(nhsNumber);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<PatientFacts> records =
                found.stream().map(p -> mapper.toFacts(p, List.of())).toList();
        if (records.size() > 1 && records.stream().allMatch(r -> r.links().isEmpty())) {
            throw ambiguous(found); // no merge among them: no need to read their entries
        }
        records = withCodedEvents(records);
        MergedRecords merges = MergedRecords.among(records);
        List<PatientFacts> answering =
                records.stream().filter(r -> !merges.isReplaced(r.patientId())).toList();
        if (answering.size() != 1) {
            throw ambiguous(found);
        }
        PatientFacts patient = answering.get(0);
        Patient resource = found.get(records.indexOf(patient));
        return Optional.of(new PatientRecord(
                patient,
                practices.referenceOf(resource),
                records.stream().filter(r -> r != patient).toList(),
                PatientNames.shown(resource, LocalDate.now(clock.withZone(FuzzyDate.LONDON)))));
    }

    /**
     * The records with their 103/104/106 entries, and each record's links with the entries of the records it
     * replaces that were not found by the number: one Observation and one Condition search for them all.
     */
    private List<PatientFacts> withCodedEvents(List<PatientFacts> records) {
        Set<String> ids = new LinkedHashSet<>();
        records.forEach(r -> ids.add(r.patientId()));
        records.forEach(r -> ids.addAll(r.links().replaces()));
        List<String> searched = List.copyOf(ids);
        Map<String, List<Resource>> coded = ReplacedRecordEntries.byRecord(
                gateway.codedResourcesOfPatients(searched),
                searched,
                searched.size() == 1
                        ? "search coded entries for one patient"
                        : "search coded entries for merged records");
        List<PatientFacts> withEvents = new ArrayList<>(records.size());
        for (PatientFacts record : records) {
            MergeLinks links = record.links();
            for (String replaced : record.links().replaces()) {
                if (records.stream().noneMatch(r -> r.patientId().equals(replaced))) {
                    links = links.withEntriesOf(replaced, events(coded.get(replaced)));
                }
            }
            withEvents.add(mapper.toFacts(record, coded.get(record.patientId())).withLinks(links));
        }
        return withEvents;
    }

    private List<io.github.recordaccess.rules.CodedEvent> events(List<Resource> resources) {
        return resources.stream().flatMap(r -> mapper.eventsOf(r).stream()).toList();
    }

    private AmbiguousMatchException ambiguous(List<Patient> found) {
        List<PracticeRef> registeredWith = found.stream()
                .map(practices::referenceOf)
                .flatMap(Optional::stream)
                .toList();
        return new AmbiguousMatchException("Patient", "NHS number", found.size(), registeredWith);
    }
}
