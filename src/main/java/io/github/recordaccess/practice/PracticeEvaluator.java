package io.github.recordaccess.practice;

import io.github.recordaccess.fhir.AmbiguousMatchException;
import io.github.recordaccess.fhir.FhirRecords;
import io.github.recordaccess.fhir.FhirServerException;
import io.github.recordaccess.fhir.PracticeFacts;
import io.github.recordaccess.fhir.PracticeRef;
import io.github.recordaccess.metrics.ServiceMetrics;
import io.github.recordaccess.rules.AccessRecommendation;
import io.github.recordaccess.rules.BulkCodingDetector;
import io.github.recordaccess.rules.RecommendationEngine;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Evaluates every patient of a practice and applies its bulk-coding days. */
@ApplicationScoped
public class PracticeEvaluator {

    /** Stable order for lists and CSV: NHS number, then patient id. */
    private static final Comparator<AccessRecommendation> LIST_ORDER = Comparator.comparing(
                    AccessRecommendation::nhsNumber, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AccessRecommendation::patientId);

    private final FhirRecords fhir;
    private final RecommendationEngine engine;
    private final BulkCodingDetector bulkCodingDetector;
    private final Clock clock;
    private final ServiceMetrics metrics;

    public PracticeEvaluator(
            FhirRecords fhir,
            RecommendationEngine engine,
            BulkCodingDetector bulkCodingDetector,
            Clock clock,
            ServiceMetrics metrics) {
        this.metrics = metrics;
        this.fhir = fhir;
        this.engine = engine;
        this.bulkCodingDetector = bulkCodingDetector;
        this.clock = clock;
    }

    public PracticeEvaluation evaluate(String odsCode, LocalDate asOf) {
        return metrics.timeEvaluation(() -> evaluateNow(odsCode, asOf), PracticeEvaluator::outcomeOf);
    }

    /** The metric's outcome label for a failed evaluation: one of a few fixed names. */
    static String outcomeOf(RuntimeException e) {
        if (e instanceof PracticeNotFoundException) {
            return "practice-not-found";
        }
        if (e instanceof AmbiguousMatchException) {
            return "ambiguous-record";
        }
        if (e instanceof FhirServerException fhir) {
            return "fhir-"
                    + fhir.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
        return "error";
    }

    private PracticeEvaluation evaluateNow(String odsCode, LocalDate asOf) {
        long start = System.nanoTime();
        LocalDate today = engine.today();
        PracticeRef practice = fhir.findPractice(odsCode).orElseThrow(() -> new PracticeNotFoundException(odsCode));
        PracticeFacts facts = fhir.cohortWithCodedEntries(practice);
        long fetched = System.nanoTime();
        List<AccessRecommendation> results = engine.evaluateAll(facts.patients(), practice.identity(), asOf, today);
        BulkCodingDetector.BulkCodingOutcome outcome = bulkCodingDetector.applyAll(results);
        metrics.countRecommendations(outcome.results());
        List<AccessRecommendation> ordered =
                outcome.results().stream().sorted(LIST_ORDER).toList();
        long done = System.nanoTime();
        Log.infof(
                "Evaluated practice %s as of %s: %d patients, %d bulk-coding days, in %d ms (FHIR %d ms, rules %d ms)",
                odsCode,
                asOf,
                results.size(),
                outcome.days().size(),
                (done - start) / 1_000_000,
                (fetched - start) / 1_000_000,
                (done - fetched) / 1_000_000);
        return new PracticeEvaluation(
                odsCode,
                practice.organizationId(),
                asOf,
                clock.instant(),
                ordered,
                outcome.days(),
                facts.cohortRoutes());
    }
}
