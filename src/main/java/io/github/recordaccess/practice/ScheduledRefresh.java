package io.github.recordaccess.practice;

import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;

/** Re-evaluates every registered practice on {@code access.refresh.cron} (off by default), so the overview answers from warm cache. */
@ApplicationScoped
public class ScheduledRefresh {

    private final PracticeOverview overview;
    private final PracticeRegistry registry;
    private final Clock clock;

    public ScheduledRefresh(PracticeOverview overview, PracticeRegistry registry, Clock clock) {
        this.overview = overview;
        this.registry = registry;
        this.clock = clock;
    }

    @Scheduled(
            identity = "practice-refresh",
            cron = "${access.refresh.cron:off}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        var rows = overview.evaluate(
                registry.all().stream().map(PracticeEntry::odsCode).toList(), LocalDate.now(clock), true);
        long failed = rows.stream().filter(r -> r.problem() != null).count();
        Log.infof("Scheduled refresh: %d practices evaluated, %d failed", rows.size(), failed);
    }
}
