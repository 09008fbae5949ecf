package io.github.recordaccess.read;

import io.github.recordaccess.config.AccessConfig;
import io.github.recordaccess.history.Figures;
import io.github.recordaccess.history.PracticeGauges;
import io.github.recordaccess.history.ProblemDescriber;
import io.github.recordaccess.history.SnapshotPoint;
import io.github.recordaccess.history.SnapshotStore;
import io.github.recordaccess.practice.PracticeOverview;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.security.ScopeGuard;
import io.github.recordaccess.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's refresh of one practice's stored figures from the overview: the practice evaluated now and stored as a
 * snapshot point, so that every replica's overview shows it. Bounded by {@code access.cache.min-refresh}, counted from
 * the practice's latest stored figures (whichever replica stored them), so that no one can make the service re-read a
 * practice more often than the API's {@code Cache-Control: no-cache} can.
 */
@ApplicationScoped
public class PracticeRefreshes {

    private final PracticeOverview overview;
    private final SnapshotStore store;
    private final ProblemDescriber problems;
    private final PracticeGauges gauges;
    private final PracticeRegistry registry;
    private final ScopeGuard scope;
    private final AccessConfig config;
    private final Clock clock;

    public PracticeRefreshes(
            PracticeOverview overview,
            SnapshotStore store,
            ProblemDescriber problems,
            PracticeGauges gauges,
            PracticeRegistry registry,
            ScopeGuard scope,
            AccessConfig config,
            Clock clock) {
        this.overview = overview;
        this.store = store;
        this.problems = problems;
        this.gauges = gauges;
        this.registry = registry;
        this.scope = scope;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Evaluates the practice now and stores the result (its figures, or its problem: a failure is stored as one, as
     * the nightly snapshot does). Only a registered practice in the caller's scope; refused while its latest stored
     * figures are younger than the minimum refresh interval.
     */
    public SnapshotPoint refresh(OdsCode practice) {
        String ods = practice.value();
        scope.requireFiguresOf(ods);
        if (registry.all().stream().noneMatch(p -> p.odsCode().equals(ods))) {
            throw new ApiException(ProblemType.PRACTICE_NOT_REGISTERED, "Practice " + ods + " is not registered.");
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        SnapshotPoint last = store.latestOnOrBefore(today).get(ods);
        Duration wait = waitBefore(
                last == null ? null : last.evaluatedAt(), now, config.cache().minRefresh());
        if (!wait.isZero()) {
            throw new ApiException(
                    ProblemType.REFRESH_TOO_SOON,
                    "The figures of " + ods + " were computed less than "
                            + seconds(config.cache().minRefresh()) + " ago. Try again in " + seconds(wait) + ".");
        }
        PracticeOverview.Row row = overview.evaluate(List.of(ods), today, true).get(0);
        SnapshotPoint point;
        if (row.problem() != null) {
            ProblemDescriber.Described problem = problems.describe(row.problem());
            point = SnapshotPoint.error(ods, today, now, problem.type(), problem.detail());
        } else {
            point = SnapshotPoint.ok(ods, today, row.summary().evaluatedAt(), Figures.of(row.summary()), false);
        }
        store.insert(List.of(point), null);
        gauges.refresh();
        return point;
    }

    /** How long to wait before figures computed at {@code last} may be computed again: zero when they may now. */
    static Duration waitBefore(Instant last, Instant now, Duration minRefresh) {
        if (last == null) {
            return Duration.ZERO;
        }
        Duration left = minRefresh.minus(Duration.between(last, now));
        // A stored time ahead of this replica's clock counts as just now: never a refresh sooner than the interval.
        if (left.compareTo(minRefresh) > 0) {
            return minRefresh;
        }
        return left.isNegative() || left.isZero() ? Duration.ZERO : left;
    }

    private static String seconds(Duration d) {
        long s = Math.max(1, (d.toMillis() + 999) / 1000);
        return s + (s == 1 ? " second" : " seconds");
    }
}
