package io.github.recordaccess.metrics;

import io.github.recordaccess.rules.AccessRecommendation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * The service's own meters, served at {@code /q/metrics}. Tags are low-cardinality by design: an
 * interaction name or an outcome, never a patient, practice or URL.
 */
@ApplicationScoped
public class ServiceMetrics {

    private final MeterRegistry registry;

    public ServiceMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Times one FHIR HTTP interaction, tagged with its name and {@code success} or the failure kind. */
    public <R> R timeFhir(
            String interaction, Supplier<R> call, java.util.function.Function<RuntimeException, String> outcomeOf) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "success";
        try {
            return call.get();
        } catch (RuntimeException e) {
            outcome = outcomeOf.apply(e);
            throw e;
        } finally {
            sample.stop(Timer.builder("fhir.requests")
                    .description("FHIR HTTP interactions")
                    .tag("interaction", interaction)
                    .tag("outcome", outcome)
                    .register(registry));
        }
    }

    /** Times a whole practice evaluation, tagged {@code success} or with a fixed name for the failure, never a class name. */
    public <R> R timeEvaluation(
            Supplier<R> evaluation, java.util.function.Function<RuntimeException, String> outcomeOf) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "success";
        try {
            return evaluation.get();
        } catch (RuntimeException e) {
            outcome = outcomeOf.apply(e);
            throw e;
        } finally {
            sample.stop(Timer.builder("practice.evaluations")
                    .description("Practice evaluations end to end")
                    .tag("outcome", outcome)
                    .register(registry));
        }
    }

    /** Counts recommendations made, by recommendation. */
    public void countRecommendations(Collection<AccessRecommendation> results) {
        java.util.Map<io.github.recordaccess.rules.Recommendation, Long> counts =
                new java.util.EnumMap<>(io.github.recordaccess.rules.Recommendation.class);
        results.forEach(r -> counts.merge(r.recommendation(), 1L, Long::sum));
        counts.forEach(
                (recommendation, n) -> registry.counter("recommendations", "recommendation", recommendation.name())
                        .increment(n));
    }
}
