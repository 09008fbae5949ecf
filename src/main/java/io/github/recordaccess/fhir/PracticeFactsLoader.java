package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.CodeSets;
import io.github.recordaccess.rules.CodedEvent;
import io.github.recordaccess.rules.PatientFacts;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * Loads the engine's facts for every patient of a practice: the cohort pages and one search per
 * configured code and resource type, run side by side (the gateway bounds how many requests are in
 * flight). Each page is reduced to compact facts as it arrives, so no practice's resources are held.
 * Any failed search fails the whole load: there is no partial practice.
 */
@ApplicationScoped
public class PracticeFactsLoader {

    private final FhirGateway gateway;
    private final FhirFactsMapper mapper;
    private final CodeSets codeSets;
    private final FhirConfig config;
    /** Set once the server has rejected a chained search; from then on every practice uses patient batches. */
    private final AtomicBoolean chainsRejected = new AtomicBoolean();
    private final ExecutorService searches = Executors.newCachedThreadPool(new java.util.concurrent.ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread thread = new Thread(r, "fhir-search-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });

    public PracticeFactsLoader(FhirGateway gateway, FhirFactsMapper mapper, CodeSets codeSets, FhirConfig config) {
        this.gateway = gateway;
        this.mapper = mapper;
        this.codeSets = codeSets;
        this.config = config;
    }

    @PreDestroy
    void stop() {
        searches.shutdownNow();
    }

    public List<PatientFacts> load(String organizationId) {
        List<Future<?>> running = new ArrayList<>();
        try {
            Future<Map<String, PatientFacts>> cohort = submit(running, () -> cohort(organizationId));
            List<Future<List<Found>>> coded = new ArrayList<>();
            boolean chained = config.codeSearch() == CodeSearchMode.CHAINED && !chainsRejected.get();
            if (chained) {
                forEachCode((type, code) -> coded.add(submit(running, () -> chainedSearch(type, code, organizationId))));
            }
            Map<String, PatientFacts> patients = await(cohort);
            if (chained) {
                try {
                    for (Future<List<Found>> search : coded) {
                        await(search);
                    }
                } catch (ChainedSearchRejectedException e) {
                    if (chainsRejected.compareAndSet(false, true)) {
                        Log.warn("The FHIR server rejected chained searches (patient.general-practitioner); "
                                + "searching coded entries per batch of patients from now on");
                    }
                    coded.forEach(f -> f.cancel(true));
                    coded.clear();
                    chained = false;
                }
            }
            if (!chained) {
                List<String> ids = new ArrayList<>(patients.keySet());
                for (int from = 0; from < ids.size(); from += config.pageSize()) {
                    List<String> batch = ids.subList(from, Math.min(ids.size(), from + config.pageSize()));
                    forEachCode((type, code) -> coded.add(submit(running, () -> batchSearch(type, code, batch))));
                }
            }
            Map<String, List<CodedEvent>> events = new HashMap<>();
            Set<String> seen = new HashSet<>();
            int strays = 0;
            for (Future<List<Found>> search : coded) {
                for (Found found : await(search)) {
                    if (!patients.containsKey(found.patientId())) {
                        strays++;
                    } else if (seen.add(found.reference())) { // a resource found by two code searches counts once
                        events.computeIfAbsent(found.patientId(), id -> new ArrayList<>()).addAll(found.events());
                    }
                }
            }
            if (strays > 0) {
                // The code searches use the cohort's own criterion, so an entry outside it means the data changed
                // mid-evaluation or its subject cannot be read. Dropping it could hide a 104: fail instead.
                throw new FhirServerException(FhirServerException.Kind.INCOMPLETE, "search coded entries by practice", strays
                        + " coded entries found for the practice belong to no patient in its cohort; no result was given. Try again.");
            }
            List<PatientFacts> facts = new ArrayList<>(patients.size());
            patients.forEach((id, p) -> facts.add(p.withEvents(events.getOrDefault(id, List.of()))));
            return facts;
        } finally {
            running.forEach(f -> f.cancel(true));
        }
    }

    private Map<String, PatientFacts> cohort(String organizationId) {
        Map<String, PatientFacts> patients = new LinkedHashMap<>();
        gateway.forEachPatientPage(organizationId, page -> {
            for (Patient p : page) {
                patients.put(p.getIdElement().getIdPart(), mapper.toFacts(p, List.of()));
            }
        });
        return patients;
    }

    private List<Found> chainedSearch(Class<? extends Resource> type, String code, String organizationId) {
        List<Found> found = new ArrayList<>();
        gateway.forEachCodedResourceOfPractice(type, code, organizationId, r -> found.add(found(r)));
        return found;
    }

    private List<Found> batchSearch(Class<? extends Resource> type, String code, List<String> batch) {
        List<Found> found = new ArrayList<>();
        gateway.forEachCodedResourceOfPatients(type, code, batch, r -> found.add(found(r)));
        return found;
    }

    private Found found(Resource resource) {
        return new Found(FhirGateway.idOf(FhirGateway.subjectOf(resource)), resource.fhirType() + "/" + resource.getIdElement().getIdPart(),
                mapper.eventsOf(resource));
    }

    /** One coded resource reduced to what the engine needs. */
    private record Found(String patientId, String reference, List<CodedEvent> events) {
    }

    /** One search per configured code value (whatever its system) and coded type. */
    private void forEachCode(CodeSearch search) {
        for (String code : codeSets.codeValues()) {
            for (Class<? extends Resource> type : FhirGateway.CODED_TYPES.keySet()) {
                search.run(type, code);
            }
        }
    }

    @FunctionalInterface
    private interface CodeSearch {
        void run(Class<? extends Resource> type, String code);
    }

    private <T> Future<T> submit(List<Future<?>> running, Callable<T> task) {
        Future<T> future = searches.submit(task);
        running.add(future);
        return future;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FhirServerException(FhirServerException.Kind.UNAVAILABLE, "load practice", "Loading the practice was interrupted.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
