package io.github.recordaccess.history;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Fires the snapshot on {@code access.snapshot.cron} on every instance; the first to claim the tick in
 * the database runs it, the others skip it. Every instance computes the same key, the tick's scheduled
 * fire time, so N replicas cost one run per tick; if the instance holding a tick dies, the next tick is
 * claimed by whichever instance is alive.
 */
@ApplicationScoped
public class SnapshotSchedule {

    /** Claims are kept this long, far beyond any clock skew between instances, then forgotten. */
    private static final Duration KEEP_CLAIMS = Duration.ofDays(7);

    private final SnapshotRunner runner;
    private final SnapshotTicks ticks;
    private final Clock clock;
    private final String instanceId;
    private final Event<ScheduledSnapshotRan> ran;

    SnapshotSchedule(SnapshotRunner runner, SnapshotTicks ticks, Clock clock, Event<ScheduledSnapshotRan> ran) {
        this.runner = runner;
        this.ticks = ticks;
        this.clock = clock;
        this.ran = ran;
        String host = System.getenv().getOrDefault("HOSTNAME", "instance");
        this.instanceId = host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Scheduled(
            identity = "practice-snapshot",
            cron = "${access.snapshot.cron}",
            timeZone = "Europe/London",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick(ScheduledExecution execution) {
        String key =
                execution.getScheduledFireTime().truncatedTo(ChronoUnit.SECONDS).toString();
        if (!ticks.claimTick(key, instanceId, clock.instant())) {
            Log.debugf("Snapshot tick %s is held by another instance", key);
            return;
        }
        try {
            ran.fire(new ScheduledSnapshotRan(key, instanceId, runner.run(key), null));
        } catch (RuntimeException e) {
            // A manual run is audited by its answer; a scheduled one by this event, whether it worked or not.
            ran.fire(
                    new ScheduledSnapshotRan(key, instanceId, null, e.getClass().getName()));
            throw e;
        }
        ticks.forgetTicksBefore(clock.instant().minus(KEEP_CLAIMS));
    }
}
