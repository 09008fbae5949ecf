package io.github.recordaccess.history;

import io.github.recordaccess.practice.PracticeOverview;
import io.github.recordaccess.practice.PracticeSummary;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates every registered practice afresh (with the overview's bounded parallelism) and stores one
 * point per practice. A practice that fails becomes an ERROR point; it never stops the others.
 */
@ApplicationScoped
public class SnapshotRunner {

    private final PracticeRegistry registry;
    private final PracticeOverview overview;
    private final SnapshotStore store;
    private final ProblemDescriber problems;
    private final SnapshotConfig config;
    private final PracticeGauges gauges;
    private final Clock clock;

    SnapshotRunner(
            PracticeRegistry registry,
            PracticeOverview overview,
            SnapshotStore store,
            ProblemDescriber problems,
            SnapshotConfig config,
            PracticeGauges gauges,
            Clock clock) {
        this.registry = registry;
        this.overview = overview;
        this.store = store;
        this.problems = problems;
        this.config = config;
        this.gauges = gauges;
        this.clock = clock;
    }

    /**
     * Snapshots every registered practice now.
     *
     * @param tick the scheduled tick this run holds, or null for a run asked for through the API
     */
    public SnapshotRun run(String tick) {
        LocalDate today = LocalDate.now(clock);
        List<String> practices =
                registry.all().stream().map(PracticeEntry::odsCode).toList();
        List<SnapshotPoint> points = new ArrayList<>();
        for (PracticeOverview.Row row : overview.evaluate(practices, today, true)) {
            points.add(pointOf(row, today));
        }
        store.insert(points, tick);
        int pruned = store.pruneBefore(today.minus(config.retention()));
        gauges.refresh();
        int failed = (int) points.stream()
                .filter(p -> p.status() == SnapshotPoint.Status.ERROR)
                .count();
        Log.infof(
                "Snapshot %s: %d practices stored, %d of them failed; %d old points pruned",
                today, points.size(), failed, pruned);
        return new SnapshotRun(today, points.size() - failed, failed, pruned);
    }

    private SnapshotPoint pointOf(PracticeOverview.Row row, LocalDate today) {
        if (row.problem() != null) {
            ProblemDescriber.Described problem = problems.describe(row.problem());
            return SnapshotPoint.error(row.odsCode(), today, Instant.now(clock), problem.type(), problem.detail());
        }
        PracticeSummary s = row.summary();
        return SnapshotPoint.ok(row.odsCode(), today, s.evaluatedAt(), Figures.of(s), false);
    }
}
