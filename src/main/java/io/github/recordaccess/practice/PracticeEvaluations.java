package io.github.recordaccess.practice;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.recordaccess.config.AccessConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Practice evaluations cached per (practice, asOf) for a while, so dashboard refresh storms reach the
 * FHIR server once. Concurrent requests for the same key share one evaluation in flight; a failed
 * evaluation is never cached.
 */
@ApplicationScoped
public class PracticeEvaluations {

    private record Key(String odsCode, LocalDate asOf) {
    }

    private final PracticeEvaluator evaluator;
    private final AsyncCache<Key, PracticeEvaluation> cache;

    public PracticeEvaluations(PracticeEvaluator evaluator, AccessConfig config) {
        this.evaluator = evaluator;
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(config.cache().ttl())
                .maximumSize(config.cache().maxEntries())
                .buildAsync();
    }

    /**
     * The practice's evaluation: the cached one, the one in flight, or a new one computed on this thread.
     *
     * @param fresh true to discard any cached evaluation first ({@code Cache-Control: no-cache})
     */
    public PracticeEvaluation get(String odsCode, LocalDate asOf, boolean fresh) {
        Key key = new Key(odsCode, asOf);
        if (fresh) {
            cache.synchronous().invalidate(key);
        }
        CompletableFuture<PracticeEvaluation> mine = new CompletableFuture<>();
        // The mapping only installs a future, so the evaluation never runs inside the cache's map lock.
        CompletableFuture<PracticeEvaluation> shared = cache.get(key, (k, executor) -> mine);
        if (shared == mine) {
            try {
                mine.complete(evaluator.evaluate(odsCode, asOf));
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
            }
        }
        try {
            return shared.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** A finished, still fresh evaluation, without waiting or evaluating. */
    public Optional<PracticeEvaluation> ifFresh(String odsCode, LocalDate asOf) {
        CompletableFuture<PracticeEvaluation> cached = cache.getIfPresent(new Key(odsCode, asOf));
        return cached != null && cached.isDone() && !cached.isCompletedExceptionally()
                ? Optional.of(cached.join())
                : Optional.empty();
    }
}
