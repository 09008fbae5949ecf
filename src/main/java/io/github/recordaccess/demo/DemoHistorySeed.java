package io.github.recordaccess.demo;

import io.github.recordaccess.history.Figures;
import io.github.recordaccess.history.PracticeGauges;
import io.github.recordaccess.history.SnapshotPoint;
import io.github.recordaccess.history.SnapshotStore;
import io.github.recordaccess.practice.PracticeOverview;
import io.github.recordaccess.rules.FuzzyDate;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code demo.seed-history=true} (dev mode), a year of weekly points for the demo practices, so that
 * the history API and its charts have something to show offline. Each point is the demo practice
 * evaluated as of that week's day, from the same seeded records, and is marked {@code demo}. Written once,
 * in the background after start-up, when the demo practices have no history in that year.
 */
@ApplicationScoped
public class DemoHistorySeed {

    static final int WEEKS = 52;

    private final PracticeOverview overview;
    private final SnapshotStore store;
    private final PracticeGauges gauges;
    private final Clock clock;
    private final boolean seed;

    DemoHistorySeed(
            PracticeOverview overview,
            SnapshotStore store,
            PracticeGauges gauges,
            Clock clock,
            @ConfigProperty(name = "demo.seed-history", defaultValue = "false") boolean seed) {
        this.overview = overview;
        this.store = store;
        this.gauges = gauges;
        this.clock = clock;
        this.seed = seed;
    }

    /** After the other start-up observers, the demo FHIR server's among them (default priority). */
    void atStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent start) {
        if (seed) {
            Thread writer = new Thread(this::seedQuietly, "demo-history");
            writer.setDaemon(true);
            writer.start();
        }
    }

    /** Writes the demo year unless the demo practices already have points in it; returns how many it wrote. */
    public int seedIfMissing() {
        LocalDate today = LocalDate.now(clock);
        List<String> practices =
                DemoPractices.REGISTRY.stream().map(p -> p.odsCode()).toList();
        boolean present = practices.stream()
                .anyMatch(ods ->
                        !store.dailyLatest(ods, today.minusWeeks(WEEKS), today).isEmpty());
        if (present) {
            return 0;
        }
        List<SnapshotPoint> points = new ArrayList<>();
        int failed = 0;
        for (int week = WEEKS; week >= 1; week--) {
            LocalDate day = today.minusWeeks(week);
            for (PracticeOverview.Row row : overview.evaluate(practices, day, false)) {
                if (row.summary() == null) {
                    failed++;
                } else {
                    points.add(SnapshotPoint.ok(
                            row.odsCode(),
                            day,
                            day.atTime(LocalTime.of(2, 0))
                                    .atZone(FuzzyDate.LONDON)
                                    .toInstant(),
                            Figures.of(row.summary()),
                            true));
                }
            }
        }
        store.insert(points, null);
        gauges.refresh();
        if (failed > 0) {
            Log.warnf(
                    "Demo history: %d of %d demo evaluations failed and were left out.",
                    failed, failed + points.size());
        }
        return points.size();
    }

    private void seedQuietly() {
        try {
            Log.infof("Demo history: %d weekly demo points written.", seedIfMissing());
        } catch (RuntimeException e) {
            Log.warnf("Demo history not written: %s", e.getMessage());
        }
    }
}
