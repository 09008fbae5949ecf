package io.github.recordaccess.practice;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.recordaccess.config.AccessConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * Practice evaluations cached per (practice, asOf), so that no caller can multiply the load on the FHIR
 * server: concurrent requests, forced refreshes included, share the evaluation in flight; a forced
 * refresh within {@code access.cache.min-refresh} of the last evaluation gets that evaluation; a practice
 * the server does not know is remembered for {@code access.cache.not-found-ttl}. Failures are not cached.
 */
@ApplicationScoped
public class PracticeEvaluations {

    private record Key(String odsCode, LocalDate asOf) {}

    private final BiFunction<String, LocalDate, PracticeEvaluation> evaluator;
    private final Clock clock;
    private final Duration minRefresh;
    private final Cache<Key, PracticeEvaluation> done;
    private final Cache<String, Boolean> notFound;
    private final ConcurrentMap<Key, CompletableFuture<PracticeEvaluation>> inFlight = new ConcurrentHashMap<>();

    @Inject
    public PracticeEvaluations(PracticeEvaluator evaluator, AccessConfig config, Clock clock) {
        this(
                evaluator::evaluate,
                clock,
                config.cache().ttl(),
                config.cache().maxEntries(),
                config.cache().minRefresh(),
                config.cache().notFoundTtl());
    }

    /** Expiry follows {@code clock}, so that a test can move time. */
    PracticeEvaluations(
            BiFunction<String, LocalDate, PracticeEvaluation> evaluator,
            Clock clock,
            Duration ttl,
            int maxEntries,
            Duration minRefresh,
            Duration notFoundTtl) {
        this.evaluator = evaluator;
        this.clock = clock;
        this.minRefresh = minRefresh;
        Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
        this.done = Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfterWrite(ttl)
                .maximumSize(maxEntries)
                .build();
        this.notFound = Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfterWrite(notFoundTtl)
                .maximumSize(10_000)
                .build();
    }

    /**
     * The practice's evaluation: the cached one, the one in flight, or a new one computed on this thread.
     *
     * @param fresh true for {@code Cache-Control: no-cache}: an evaluation younger than min-refresh still answers
     */
    public PracticeEvaluation get(String odsCode, LocalDate asOf, boolean fresh) {
        if (notFound.getIfPresent(odsCode) != null) {
            throw new PracticeNotFoundException(odsCode);
        }
        Key key = new Key(odsCode, asOf);
        Optional<PracticeEvaluation> usable = usable(key, fresh);
        if (usable.isPresent()) {
            return usable.get();
        }
        CompletableFuture<PracticeEvaluation> mine = new CompletableFuture<>();
        CompletableFuture<PracticeEvaluation> shared = inFlight.putIfAbsent(key, mine);
        if (shared == null) {
            shared = mine;
            try {
                // Another caller may have finished between the look-up and the claim.
                mine.complete(usable(key, fresh).orElseGet(() -> evaluate(key)));
            } catch (RuntimeException | Error e) {
                // Every failure, errors included, reaches the callers who joined: none waits forever.
                mine.completeExceptionally(e);
                if (e instanceof Error error) {
                    throw error;
                }
            } finally {
                inFlight.remove(key, mine);
            }
        }
        try {
            return shared.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** A finished evaluation still in the cache, without waiting or evaluating. */
    public Optional<PracticeEvaluation> ifFresh(String odsCode, LocalDate asOf) {
        return Optional.ofNullable(done.getIfPresent(new Key(odsCode, asOf)));
    }

    /** A finished evaluation of the practice with this FHIR Organization id, still in the cache. */
    public Optional<PracticeEvaluation> ifFreshByOrganization(String organizationId, LocalDate asOf) {
        return done.asMap().values().stream()
                .filter(e -> e.asOf().equals(asOf) && organizationId.equals(e.organizationId()))
                .findFirst();
    }

    private Optional<PracticeEvaluation> usable(Key key, boolean fresh) {
        PracticeEvaluation cached = done.getIfPresent(key);
        if (cached == null
                || (fresh
                        && Duration.between(cached.evaluatedAt(), clock.instant())
                                        .compareTo(minRefresh)
                                >= 0)) {
            return Optional.empty();
        }
        return Optional.of(cached);
    }

    private PracticeEvaluation evaluate(Key key) {
        try {
            PracticeEvaluation evaluation = evaluator.apply(key.odsCode(), key.asOf());
            done.put(key, evaluation);
            return evaluation;
        } catch (PracticeNotFoundException e) {
            if (notFound.asMap().putIfAbsent(key.odsCode(), Boolean.TRUE) == null) {
                Log.infof("Practice %s is not on the FHIR server; remembered for %s", key.odsCode(), notFoundTtlText());
            }
            throw e;
        }
    }

    private String notFoundTtlText() {
        return notFound.policy()
                .expireAfterWrite()
                .map(p -> p.getExpiresAfter().toSeconds() + " s")
                .orElse("a while");
    }
}
