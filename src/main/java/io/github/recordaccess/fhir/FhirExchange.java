package io.github.recordaccess.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.client.exceptions.FhirClientConnectionException;
import ca.uhn.fhir.rest.client.exceptions.FhirClientInappropriateForServerException;
import ca.uhn.fhir.rest.client.exceptions.NonFhirResponseException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import io.github.recordaccess.fhir.FhirServerException.Kind;
import io.github.recordaccess.metrics.ServiceMetrics;
import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * How one FHIR interaction is carried out: at most {@code fhir.max-concurrent-requests} in flight,
 * timed, guarded by retries and a circuit breaker, retried once with a fresh token after a 401, and
 * with HAPI's exceptions translated into {@link FhirServerException}s that name the interaction but no
 * patient data (what the server said travels apart, for decisions only). It knows no search parameter.
 * Paging is {@link SearchPaging}'s.
 */
@ApplicationScoped
class FhirExchange {

    private final FhirConfig config;
    private final ServiceMetrics metrics;
    /** One permit per FHIR request in flight ({@code fhir.max-concurrent-requests}). */
    private final Semaphore inFlight;

    private final Optional<AccessTokens> tokens;
    /** Retries with backoff and jitter within the failure bound, then a circuit breaker over the whole server. */
    private final Guard guard;

    FhirExchange(FhirConfig config, ServiceMetrics metrics, Optional<AccessTokens> tokens) {
        this.config = config;
        this.metrics = metrics;
        this.tokens = tokens;
        // Not fair: a practice's cohort pager (the critical path) may take the permit it just released.
        this.inFlight = new Semaphore(config.maxConcurrentRequests());
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

    /** Runs one HTTP interaction and translates HAPI's exceptions; their messages may hold URLs with NHS numbers, so they stay out. */
    <R> R execute(String interaction, Supplier<R> call) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FhirServerException(
                    Kind.UNAVAILABLE, interaction, "The FHIR interaction '" + interaction + "' was interrupted.");
        }
        try {
            return metrics.timeFhir(
                    interaction,
                    () -> guarded(interaction, call),
                    e -> e instanceof FhirServerException f
                            ? f.kind().name().toLowerCase(java.util.Locale.ROOT)
                            : "error");
        } finally {
            inFlight.release();
        }
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
                            + config.circuitBreaker().delay().toSeconds() + " s).");
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

    private static <R> R translated(String interaction, Supplier<R> call) {
        try {
            return call.get();
        } catch (FhirClientConnectionException e) {
            Log.debugf(
                    "FHIR %s: %s",
                    interaction,
                    e.getCause() == null
                            ? "connection failed"
                            : e.getCause().getClass().getSimpleName());
            if (e.getCause() instanceof DataFormatException) {
                throw unparseable(interaction);
            }
            // A timeout has already used the failure bound's worth of waiting; a refused or reset connection may heal
            // at once.
            boolean timedOut = e.getCause() instanceof java.net.SocketTimeoutException;
            throw new FhirServerException(
                    Kind.UNAVAILABLE,
                    interaction,
                    "The FHIR server could not be reached for '" + interaction + "' ("
                            + (timedOut ? "timed out" : "connection failed") + ").",
                    0,
                    !timedOut);
        } catch (FhirClientInappropriateForServerException | DataFormatException | ClassCastException e) {
            Log.debugf(
                    "FHIR %s: unparseable response (%s)",
                    interaction, e.getClass().getSimpleName());
            throw unparseable(interaction);
        } catch (NonFhirResponseException e) {
            Log.debugf("FHIR %s: non-FHIR response, HTTP %d", interaction, e.getStatusCode());
            throw e.getStatusCode() >= 400
                    ? errorResponse(interaction, e.getStatusCode())
                    : new FhirServerException(
                            Kind.INVALID_RESPONSE,
                            interaction,
                            "The FHIR server's answer to '" + interaction + "' was not FHIR.");
        } catch (BaseServerResponseException e) {
            Log.debugf("FHIR %s: HTTP %d", interaction, e.getStatusCode());
            String said = (e.getMessage() == null ? "" : e.getMessage()) + " "
                    + (e.getResponseBody() == null ? "" : e.getResponseBody());
            throw errorResponse(interaction, e.getStatusCode()).withServerText(said);
        }
    }

    private static FhirServerException errorResponse(String interaction, int status) {
        return new FhirServerException(
                Kind.ERROR_RESPONSE,
                interaction,
                "The FHIR server answered HTTP " + status + " to '" + interaction + "'.",
                status,
                status >= 500);
    }

    private static FhirServerException unparseable(String interaction) {
        return new FhirServerException(
                Kind.INVALID_RESPONSE,
                interaction,
                "The FHIR server's answer to '" + interaction + "' could not be parsed as FHIR R4 JSON.");
    }
}
