package io.github.recordaccess.practice;

import io.github.recordaccess.config.AccessConfig;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;

/** Re-evaluates every configured practice on {@code access.refresh.cron} (off by default), so the overview answers from warm cache. */
@ApplicationScoped
public class ScheduledRefresh {

    private final PracticeOverview overview;
    private final AccessConfig config;
    private final Clock clock;

    public ScheduledRefresh(PracticeOverview overview, AccessConfig config, Clock clock) {
        this.overview = overview;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            identity = "practice-refresh",
            cron = "${access.refresh.cron:off}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        var rows = overview.evaluate(config.practices().keySet(), LocalDate.now(clock), true);
        long failed = rows.stream().filter(r -> r.problem() != null).count();
        Log.infof("Scheduled refresh: %d practices evaluated, %d failed", rows.size(), failed);
    }
}
