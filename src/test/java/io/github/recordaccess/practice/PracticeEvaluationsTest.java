package io.github.recordaccess.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The cache's promises on a clock the test moves: min-refresh, TTL, not-found memory, one evaluation in flight. */
class PracticeEvaluationsTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);

    /** A clock that stands still until moved. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final AtomicInteger evaluations = new AtomicInteger();
    private final ExecutorService callers = Executors.newFixedThreadPool(8);
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private volatile boolean unknown;

    private final PracticeEvaluations cache = new PracticeEvaluations(
            (ods, asOf) -> {
                evaluations.incrementAndGet();
                await(hold);
                if (unknown) {
                    throw new PracticeNotFoundException(ods);
                }
                return new PracticeEvaluation(
                        ods, "org-" + ods, asOf, clock.instant(), List.of(), List.of(), List.of());
            },
            clock,
            Duration.ofMinutes(5),
            100,
            Duration.ofSeconds(30),
            Duration.ofSeconds(60));

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void aForcedRefreshWithinMinRefreshGetsTheLastEvaluationAndOneAfterItEvaluatesAgain() {
        PracticeEvaluation first = cache.get("A12345", AS_OF, false);
        clock.advance(Duration.ofSeconds(29));
        assertThat(cache.get("A12345", AS_OF, true)).isSameAs(first);
        assertThat(evaluations).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        PracticeEvaluation second = cache.get("A12345", AS_OF, true);
        assertThat(second.evaluatedAt()).isAfter(first.evaluatedAt());
        assertThat(evaluations).hasValue(2);
        assertThat(cache.get("A12345", AS_OF, false)).isSameAs(second);
    }

    @Test
    void anEvaluationIsReusedUntilItsTtlEnds() {
        cache.get("A12345", AS_OF, false);
        clock.advance(Duration.ofMinutes(4));
        cache.get("A12345", AS_OF, false);
        assertThat(evaluations).hasValue(1);
        clock.advance(Duration.ofMinutes(1));
        cache.get("A12345", AS_OF, false);
        assertThat(evaluations).hasValue(2);
    }

    @Test
    void concurrentForcedRefreshesShareOneEvaluationInFlight() throws Exception {
        hold = new CountDownLatch(1);
        List<Future<PracticeEvaluation>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(callers.submit(() -> cache.get("A12345", AS_OF, true)));
        }
        Thread.sleep(200);
        hold.countDown();
        PracticeEvaluation first = answers.get(0).get(5, TimeUnit.SECONDS);
        for (Future<PracticeEvaluation> answer : answers) {
            assertThat(answer.get(5, TimeUnit.SECONDS)).isSameAs(first);
        }
        assertThat(evaluations).hasValue(1);
    }

    @Test
    void anUnknownPracticeIsRememberedForTheNotFoundTtlEvenOnAForcedRefresh() {
        unknown = true;
        assertThatThrownBy(() -> cache.get("ZZZ999", AS_OF, false)).isInstanceOf(PracticeNotFoundException.class);
        clock.advance(Duration.ofSeconds(59));
        assertThatThrownBy(() -> cache.get("ZZZ999", LocalDate.of(2024, 1, 1), true))
                .isInstanceOf(PracticeNotFoundException.class);
        assertThat(evaluations).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        unknown = false;
        assertThat(cache.get("ZZZ999", AS_OF, false).odsCode()).isEqualTo("ZZZ999");
        assertThat(evaluations).hasValue(2);
    }

    @Test
    void aFailureIsNotCached() {
        PracticeEvaluations failing = failingOnce(new IllegalStateException("FHIR down"));
        assertThatThrownBy(() -> failing.get("A12345", AS_OF, false)).hasMessage("FHIR down");
        assertThat(failing.get("A12345", AS_OF, false).odsCode()).isEqualTo("A12345");
        assertThat(evaluations).hasValue(2);
    }

    @Test
    void aCachedEvaluationIsFoundByItsOrganizationIdForTheSameAsOfOnly() {
        cache.get("A12345", AS_OF, false);
        assertThat(cache.ifFreshByOrganization("org-A12345", AS_OF)).isPresent();
        assertThat(cache.ifFreshByOrganization("org-A12345", AS_OF.minusDays(1)))
                .isEmpty();
        assertThat(cache.ifFreshByOrganization("org-other", AS_OF)).isEmpty();
    }

    @Test
    void anErrorReachesTheCallerAndNothingIsLeftInFlight() {
        PracticeEvaluations failing = failingOnce(new StackOverflowError("deep"));
        assertThatThrownBy(() -> failing.get("A12345", AS_OF, false)).isInstanceOf(StackOverflowError.class);
        assertThat(failing.get("A12345", AS_OF, false).odsCode()).isEqualTo("A12345");
        assertThat(evaluations).hasValue(2);
    }

    /** A cache whose evaluator throws {@code failure} the first time and succeeds after. */
    private PracticeEvaluations failingOnce(Throwable failure) {
        return new PracticeEvaluations(
                (ods, asOf) -> {
                    if (evaluations.incrementAndGet() == 1) {
                        if (failure instanceof Error error) {
                            throw error;
                        }
                        throw (RuntimeException) failure;
                    }
                    return new PracticeEvaluation(ods, "org", asOf, clock.instant(), List.of(), List.of(), List.of());
                },
                clock,
                Duration.ofMinutes(5),
                100,
                Duration.ofSeconds(30),
                Duration.ofSeconds(60));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
