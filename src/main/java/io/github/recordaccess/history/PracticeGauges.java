package io.github.recordaccess.history;

import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.rules.Recommendation;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Per-practice gauges from each registered practice's newest snapshot point, and the age of the newest
 * snapshot. Read from the database (after each run here, and every minute, since another replica may
 * have run it), so every replica exports the same figures. A practice whose newest point is an ERROR
 * has no figures, so it has no gauges: a failure never shows as zeros.
 */
@ApplicationScoped
public class PracticeGauges {

    private final SnapshotStore store;
    private final PracticeRegistry registry;
    private final Clock clock;
    private final MultiGauge excludedPercent;
    private final MultiGauge patients;
    private final MultiGauge actionPlanRequired;
    private final MeterRegistry meters;
    private final Gauge snapshotAge;
    private volatile Instant newestSnapshot;

    PracticeGauges(SnapshotStore store, PracticeRegistry registry, MeterRegistry meters, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.clock = clock;
        this.excludedPercent = MultiGauge.builder("practice.excluded.percent")
                .description("OFFER_OPT_IN / eligible patients x 100 in the practice's newest snapshot")
                .register(meters);
        this.patients = MultiGauge.builder("practice.patients")
                .description("Patients per recommendation in the practice's newest snapshot")
                .register(meters);
        this.actionPlanRequired = MultiGauge.builder("practice.action.plan.required")
                .description("1 when the practice's newest snapshot excludes more than 50% of eligible patients")
                .register(meters);
        this.meters = meters;
        this.snapshotAge = Gauge.builder("snapshot.age", this, PracticeGauges::secondsSinceNewestSnapshot)
                .description("Seconds since the newest (non-demo) snapshot point was evaluated; NaN when there is none")
                .baseUnit("seconds")
                .strongReference(true)
                .register(meters);
    }

    /**
     * Removes the gauges with the application: a registry that outlives it (dev-mode restarts, test runs)
     * would otherwise keep reading this instance, and ignore the next one's gauges of the same names.
     */
    @PreDestroy
    void removeGauges() {
        excludedPercent.register(List.of(), true);
        patients.register(List.of(), true);
        actionPlanRequired.register(List.of(), true);
        meters.remove(snapshotAge);
    }

    void atStart(@Observes StartupEvent start) {
        refreshQuietly();
    }

    @Scheduled(identity = "practice-gauges", every = "60s", delayed = "60s")
    void periodically() {
        refreshQuietly();
    }

    /** Re-reads the newest points; one refresh at a time, so an older reading never overwrites a newer one. */
    public synchronized void refresh() {
        Set<String> registered =
                registry.all().stream().map(PracticeEntry::odsCode).collect(Collectors.toSet());
        List<SnapshotPoint> newest = store.newestPerPractice().stream()
                .filter(p -> registered.contains(p.odsCode()) && p.status() == SnapshotPoint.Status.OK)
                .toList();
        excludedPercent.register(
                newest.stream()
                        .map(p -> MultiGauge.Row.of(
                                Tags.of("practice", p.odsCode()), p.figures().excludedPercent()))
                        .toList(),
                true);
        List<MultiGauge.Row<?>> byRecommendation = new ArrayList<>();
        for (SnapshotPoint p : newest) {
            for (Recommendation r : Recommendation.values()) {
                byRecommendation.add(MultiGauge.Row.of(
                        Tags.of("practice", p.odsCode(), "recommendation", r.name()),
                        p.figures().recommendations().get(r)));
            }
        }
        patients.register(byRecommendation, true);
        actionPlanRequired.register(
                newest.stream()
                        .map(p -> MultiGauge.Row.of(
                                Tags.of("practice", p.odsCode()), p.figures().actionPlanRequired() ? 1 : 0))
                        .toList(),
                true);
        newestSnapshot = store.newestEvaluatedAt().orElse(null);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            Log.warnf("Practice gauges not refreshed: %s", e.getMessage());
        }
    }

    private double secondsSinceNewestSnapshot() {
        Instant newest = newestSnapshot;
        return newest == null
                ? Double.NaN
                : Duration.between(newest, clock.instant()).toMillis() / 1000.0;
    }
}
