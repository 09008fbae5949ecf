package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.CodeKind;
import io.github.recordaccess.rules.CodeSets;
import io.github.recordaccess.rules.CodedEvent;
import io.github.recordaccess.rules.Coding;
import io.github.recordaccess.rules.PatientFacts;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Loads the engine's facts for every patient of a practice: the cohort pages, then one search per
 * configured code and resource type. Resources are reduced to compact facts as each page arrives.
 */
@ApplicationScoped
public class PracticeFactsLoader {

    private final FhirGateway gateway;
    private final FhirFactsMapper mapper;
    private final CodeSets codeSets;
    private final FhirConfig config;
    /** Set once the server has rejected a chained search; from then on every practice uses patient batches. */
    private final AtomicBoolean chainsRejected = new AtomicBoolean();

    public PracticeFactsLoader(FhirGateway gateway, FhirFactsMapper mapper, CodeSets codeSets, FhirConfig config) {
        this.gateway = gateway;
        this.mapper = mapper;
        this.codeSets = codeSets;
        this.config = config;
    }

    public List<PatientFacts> load(String organizationId) {
        Map<String, PatientFacts> patients = new LinkedHashMap<>();
        gateway.forEachPatientPage(organizationId,
                page -> page.forEach(p -> patients.put(p.getIdElement().getIdPart(), mapper.toFacts(p, List.of()))));

        EventCollector events = new EventCollector(patients.keySet());
        if (config.codeSearch() == CodeSearchMode.CHAINED && !chainsRejected.get()) {
            try {
                forEachCode((type, coding) -> gateway.forEachCodedResourceOfPractice(type, coding, organizationId, events::add));
            } catch (ChainedSearchRejectedException e) {
                if (chainsRejected.compareAndSet(false, true)) {
                    Log.warn("The FHIR server rejected chained searches (patient.general-practitioner); "
                            + "searching coded entries per batch of patients from now on");
                }
                events.clear();
            }
        }
        if (config.codeSearch() == CodeSearchMode.PATIENT_BATCH || chainsRejected.get()) {
            List<String> ids = new ArrayList<>(patients.keySet());
            for (int from = 0; from < ids.size(); from += config.pageSize()) {
                List<String> batch = ids.subList(from, Math.min(ids.size(), from + config.pageSize()));
                forEachCode((type, coding) -> gateway.forEachCodedResourceOfPatients(type, coding, batch, events::add));
            }
        }
        List<PatientFacts> facts = new ArrayList<>(patients.size());
        patients.forEach((id, p) -> facts.add(p.withEvents(events.of(id))));
        return facts;
    }

    private void forEachCode(CodeSearch search) {
        for (CodeKind kind : CodeKind.values()) {
            for (Coding coding : codeSets.of(kind)) {
                for (Class<? extends Resource> type : FhirGateway.CODED_TYPES.keySet()) {
                    search.run(type, coding);
                }
            }
        }
    }

    @FunctionalInterface
    private interface CodeSearch {
        void run(Class<? extends Resource> type, Coding coding);
    }

    /** Gathers events per patient; a resource found by two code searches is kept once. */
    private final class EventCollector {

        private final Set<String> cohort;
        private final Map<String, List<CodedEvent>> byPatient = new HashMap<>();
        private final Set<String> seen = new HashSet<>();

        EventCollector(Set<String> cohort) {
            this.cohort = cohort;
        }

        void add(Resource resource) {
            String patientId = FhirGateway.idOf(subjectOf(resource));
            if (patientId == null || !cohort.contains(patientId) || !seen.add(resource.fhirType() + "/" + resource.getIdElement().getIdPart())) {
                return;
            }
            byPatient.computeIfAbsent(patientId, id -> new ArrayList<>()).addAll(mapper.eventsOf(resource));
        }

        List<CodedEvent> of(String patientId) {
            return byPatient.getOrDefault(patientId, List.of());
        }

        void clear() {
            byPatient.clear();
            seen.clear();
        }

        private static Reference subjectOf(Resource resource) {
            if (resource instanceof Observation observation) {
                return observation.getSubject();
            }
            return ((Condition) resource).getSubject();
        }
    }
}
