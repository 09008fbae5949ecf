package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.PatientFacts;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Loads the engine's facts for every patient of a practice: the cohort by each registration route
 * ({@link RegistrationRoutes}) and the coded-entry searches the {@link CodeSearchChoice} picks (a chain on the
 * practice for the Organization route's Patients, patient batches for the rest), run side by side on a bounded managed executor (the
 * exchange bounds how many requests are in flight). Each page is reduced to compact facts as it
 * arrives. Any failed search fails the whole load: there is no partial practice. The whole load has a
 * deadline ({@code fhir.evaluation-deadline}); past it the searches are cancelled and the load fails.
 */
@ApplicationScoped
class PracticeFactsLoader {

    private final RegistrationRoutes routes;
    private final CodedEntrySearches searches;
    private final CodeSearchChoice choice;
    private final ManagedExecutor executor;
    private final FhirExchange exchange;
    private final ReplacedRecordEntries replacedRecords;
    private final Duration deadline;

    PracticeFactsLoader(
            RegistrationRoutes routes,
            CodedEntrySearches searches,
            CodeSearchChoice choice,
            FhirExchange exchange,
            ReplacedRecordEntries replacedRecords,
            FhirConfig config) {
        this.routes = routes;
        this.replacedRecords = replacedRecords;
        this.searches = searches;
        this.choice = choice;
        this.exchange = exchange;
        this.deadline = config.evaluationDeadline();
        // Threads of its own (see NamedExecutors), with context propagated; twice the requests allowed in
        // flight, since every search waits for a permit of the exchange anyway.
        this.executor = NamedExecutors.bounded("fhir-search", 2 * config.maxConcurrentRequests());
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    PracticeFacts load(PracticeRef practice) {
        long until = System.nanoTime() + deadline.toNanos();
        PracticeFacts joined = joinedCohort(practice, until);
        // Merged records (Patient.link): the entries of records the cohort's records replace but the cohort does
        // not hold, after the join, within the same deadline (ReplacedRecordEntries).
        return new PracticeFacts(
                replacedRecords.withEntriesOutsideCohort(joined.patients(), until), joined.cohortRoutes());
    }

    private PracticeFacts joinedCohort(PracticeRef practice, long until) {
        EvaluationScope scope = new EvaluationScope(until);
        List<Future<?>> running = new ArrayList<>();
        try {
            Future<RouteCohort> organization = submit(running, scope, () -> routes.organization(practice));
            Future<RouteCohort> roles = submit(running, scope, () -> routes.practitionerRoles(practice));
            Future<RouteCohort> identifiers = submit(running, scope, () -> routes.odsIdentifier(practice));
            if (choice.current() == CodeSearchMode.CHAINED) {
                List<Future<List<FoundEntry>>> chained =
                        submitAll(running, scope, searches.chained(practice.organizationId()));
                Cohort cohort = new Cohort(await(organization, until), awaitAll(List.of(roles, identifiers), until));
                try {
                    // The chain reaches the Organization route's Patients; the others are searched by patient.
                    List<List<FoundEntry>> found = new ArrayList<>(awaitAll(chained, until));
                    found.addAll(awaitAll(
                            submitAll(running, scope, searches.patientBatches(cohort.outsideOrganizationRoute())),
                            until));
                    return new PracticeFacts(CohortJoin.join(cohort.patients(), found), cohort.statuses());
                } catch (FhirServerException e) {
                    if (!CodedEntrySearches.isChainRejected(e) || !choice.mayFallBack()) {
                        throw e;
                    }
                    choice.chainRejected();
                    chained.forEach(f -> f.cancel(true));
                }
            }
            Cohort cohort = new Cohort(await(organization, until), awaitAll(List.of(roles, identifiers), until));
            List<PatientFacts> joined = CohortJoin.join(
                    cohort.patients(),
                    awaitAll(
                            submitAll(
                                    running,
                                    scope,
                                    searches.patientBatches(
                                            new ArrayList<>(cohort.patients().keySet()))),
                            until));
            return new PracticeFacts(joined, cohort.statuses());
        } finally {
            scope.end(); // searches still queued or waiting for a permit give up rather than ask
            running.forEach(f -> f.cancel(true));
        }
    }

    private <T> List<Future<T>> submitAll(List<Future<?>> running, EvaluationScope scope, List<Callable<T>> tasks) {
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        tasks.forEach(task -> futures.add(submit(running, scope, task)));
        return futures;
    }

    private <T> Future<T> submit(List<Future<?>> running, EvaluationScope scope, Callable<T> task) {
        Future<T> future = executor.submit(exchange.within(scope, task));
        running.add(future);
        return future;
    }

    private <T> List<T> awaitAll(List<Future<T>> futures, long until) {
        List<T> results = new ArrayList<>(futures.size());
        for (Future<T> future : futures) {
            results.add(await(future, until));
        }
        return results;
    }

    private <T> T await(Future<T> future, long until) {
        try {
            return future.get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new FhirServerException(
                    FhirServerException.Kind.UNAVAILABLE,
                    "load practice",
                    "The practice's FHIR searches did not finish within " + deadline.toSeconds()
                            + " s (fhir.evaluation-deadline); no result was given.");
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
