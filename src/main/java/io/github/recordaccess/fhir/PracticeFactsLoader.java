package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.PatientFacts;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.hl7.fhir.r4.model.Patient;

/**
 * Loads the engine's facts for every patient of a practice: the cohort's pages and the coded-entry
 * searches the {@link CodeSearchChoice} picks, run side by side on a bounded managed executor (the
 * exchange bounds how many requests are in flight). Each page is reduced to compact facts as it
 * arrives. Any failed search fails the whole load: there is no partial practice.
 */
@ApplicationScoped
class PracticeFactsLoader {

    private final FhirGateway gateway;
    private final FhirFactsMapper mapper;
    private final CodedEntrySearches searches;
    private final CodeSearchChoice choice;
    private final ManagedExecutor executor;

    PracticeFactsLoader(
            FhirGateway gateway,
            FhirFactsMapper mapper,
            CodedEntrySearches searches,
            CodeSearchChoice choice,
            FhirConfig config) {
        this.gateway = gateway;
        this.mapper = mapper;
        this.searches = searches;
        this.choice = choice;
        // Threads of its own (see NamedExecutors), with context propagated; twice the requests allowed in
        // flight, since every search waits for a permit of the exchange anyway.
        this.executor = NamedExecutors.bounded("fhir-search", 2 * config.maxConcurrentRequests());
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    List<PatientFacts> load(String organizationId) {
        List<Future<?>> running = new ArrayList<>();
        try {
            Future<Map<String, PatientFacts>> cohort = submit(running, () -> cohort(organizationId));
            if (choice.current() == CodeSearchMode.CHAINED) {
                List<Future<List<FoundEntry>>> chained = submitAll(running, searches.chained(organizationId));
                Map<String, PatientFacts> patients = await(cohort);
                try {
                    return CohortJoin.join(patients, awaitAll(chained));
                } catch (FhirServerException e) {
                    if (!CodedEntrySearches.isChainRejected(e) || !choice.mayFallBack()) {
                        throw e;
                    }
                    choice.chainRejected();
                    chained.forEach(f -> f.cancel(true));
                }
            }
            Map<String, PatientFacts> patients = await(cohort);
            return CohortJoin.join(
                    patients,
                    awaitAll(submitAll(running, searches.patientBatches(new ArrayList<>(patients.keySet())))));
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

    private <T> List<Future<T>> submitAll(List<Future<?>> running, List<Callable<T>> tasks) {
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        tasks.forEach(task -> futures.add(submit(running, task)));
        return futures;
    }

    private <T> Future<T> submit(List<Future<?>> running, Callable<T> task) {
        Future<T> future = executor.submit(task);
        running.add(future);
        return future;
    }

    private static <T> List<T> awaitAll(List<Future<T>> futures) {
        List<T> results = new ArrayList<>(futures.size());
        for (Future<T> future : futures) {
            results.add(await(future));
        }
        return results;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FhirServerException(
                    FhirServerException.Kind.UNAVAILABLE, "load practice", "Loading the practice was interrupted.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
