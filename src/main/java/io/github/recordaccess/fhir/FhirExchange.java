package io.github.recordaccess.fhir;

import io.github.recordaccess.fhir.FhirServerException.Kind;
import io.github.recordaccess.metrics.ServiceMetrics;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * How one FHIR interaction is carried out: with a permit (practice evaluations and patient lookups each have
 * their own, {@code fhir.max-concurrent-requests} and {@code fhir.max-concurrent-patient-requests}, waited for
 * at most {@code fhir.permit-wait}, or by an evaluation's own searches until its deadline), timed, guarded by retries and a circuit breaker, retried once with a fresh
 * token after a 401, and with HAPI's exceptions translated ({@link FhirErrors}). It knows no search parameter.
 * Paging is {@link SearchPaging}'s.
 */
@ApplicationScoped
class FhirExchange {

    private final FhirConfig config;
    private final ServiceMetrics metrics;
    private final PageDeadlines deadlines;
    // Not fair: a practice's cohort pager (the critical path) may take the permit it just released.
    private final Semaphore practicePermits;
    private final Semaphore patientPermits;
    /** Set while a patient lookup runs on this thread, so that its requests take the patient permits. */
    private final ThreadLocal<Boolean> patientLookup = ThreadLocal.withInitial(() -> false);
    /** Set while one of a practice evaluation's searches runs on this thread. */
    // Per instance on purpose: the marks belong to this exchange (one per application; tests build their own).
    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<EvaluationScope> evaluation = new ThreadLocal<>();

    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Optional<AccessTokens> tokens;
    /** Retries with backoff and jitter within the failure bound, then a circuit breaker over the whole server. */
    private final Guard guard;

    FhirExchange(FhirConfig config, ServiceMetrics metrics, Optional<AccessTokens> tokens, PageDeadlines deadlines) {
        this.config = config;
        this.metrics = metrics;
        this.tokens = tokens;
        this.deadlines = deadlines;
        this.practicePermits = new Semaphore(config.maxConcurrentRequests());
        this.patientPermits = new Semaphore(config.maxConcurrentPatientRequests());
        this.guard = Guard.create()
                .withRetry()
                .maxRetries(config.retry().maxRetries())
                .delay(config.retry().delay().toMillis(), ChronoUnit.MILLIS)
                .jitter(config.retry().jitter().toMillis(), ChronoUnit.MILLIS)
                .maxDuration(config.failureBound().toMillis(), ChronoUnit.MILLIS)
                .whenException(e -> e instanceof FhirServerException f && f.retryable())
                .done()
                .withCircuitBreaker()
                .name("fhir-server")
                .requestVolumeThreshold(config.circuitBreaker().requestVolume())
                .failureRatio(config.circuitBreaker().failureRatio())
                .delay(config.circuitBreaker().delay().toMillis(), ChronoUnit.MILLIS)
                .when(e -> e instanceof FhirServerException f && f.serverFailure())
                .done()
                .build();
    }

    /** Runs {@code lookup} (one patient's answer) with the patient lookups' own permits. */
    <T> T asPatientLookup(Supplier<T> lookup) {
        boolean before = patientLookup.get();
        patientLookup.set(true);
        try {
            return lookup.get();
        } finally {
            patientLookup.set(before);
        }
    }

    /** {@code search} as one of the searches of the evaluation {@code scope}, whichever thread runs it. */
    <T> Callable<T> within(EvaluationScope scope, Callable<T> search) {
        return () -> {
            evaluation.set(scope);
            try {
                return search.call();
            } finally {
                evaluation.remove();
            }
        };
    }

    /** Runs one HTTP interaction once a permit is free. */
    <R> R execute(String interaction, Supplier<R> call) {
        Semaphore permits = patientLookup.get() ? patientPermits : practicePermits;
        acquire(permits, interaction);
        try {
            return metrics.timeFhir(
                    interaction,
                    () -> guarded(interaction, call),
                    e -> e instanceof FhirServerException f
                            ? f.kind().name().toLowerCase(java.util.Locale.ROOT)
                            : "error");
        } finally {
            permits.release();
        }
    }

    private void acquire(Semaphore permits, String interaction) {
        EvaluationScope scope = evaluation.get();
        try {
            if (scope == null) {
                if (!permits.tryAcquire(config.permitWait().toMillis(), TimeUnit.MILLISECONDS)) {
                    throw busy(interaction);
                }
                return;
            }
            // An evaluation's own searches wait their turn until its deadline, but stop once it is over.
            while (true) {
                long left = scope.nanosLeft();
                if (scope.over() || left <= 0) {
                    throw new FhirServerException(
                            Kind.UNAVAILABLE,
                            interaction,
                            "'" + interaction
                                    + "' was not sent: its practice evaluation had ended or run out of time.");
                }
                if (permits.tryAcquire(Math.min(SLICE_NANOS, left), TimeUnit.NANOSECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FhirServerException(
                    Kind.UNAVAILABLE, interaction, "The FHIR interaction '" + interaction + "' was interrupted.");
        }
    }

    private FhirServerException busy(String interaction) {
        return new FhirServerException(
                        Kind.BUSY,
                        interaction,
                        "The service's FHIR requests are all in use, and none came free within "
                                + config.permitWait().toSeconds()
                                + " s (fhir.permit-wait) for '" + interaction + "'. Try again shortly.")
                .retryAfter(config.permitWait());
    }

    @SuppressWarnings("unchecked")
    private <R> R guarded(String interaction, Supplier<R> call) {
        try {
            return (R) guard.get(() -> (Object) authenticated(interaction, call), Object.class);
        } catch (CircuitBreakerOpenException e) {
            throw new FhirServerException(
                            Kind.UNAVAILABLE,
                            interaction,
                            "The FHIR server has been failing, so '" + interaction
                                    + "' was not attempted (circuit breaker open; it retries after "
                                    + config.circuitBreaker().delay().toSeconds() + " s).")
                    .retryAfter(config.circuitBreaker().delay());
        }
    }

    /** A 401 with an OAuth2 token gets one fresh token and one more try. */
    private <R> R authenticated(String interaction, Supplier<R> call) {
        try {
            return translated(interaction, call);
        } catch (FhirServerException e) {
            if (e.httpStatus() == 401 && tokens.isPresent() && tokens.get().invalidate()) {
                return translated(interaction, call);
            }
            throw e;
        }
    }

    private <R> R translated(String interaction, Supplier<R> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw FhirErrors.translate(
                    interaction,
                    e,
                    deadlines.fired(),
                    deadlines.timeout(),
                    config.maxResponseSize().asLongValue());
        } finally {
            deadlines.disarm();
        }
    }
}
