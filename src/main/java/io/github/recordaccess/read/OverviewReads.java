package io.github.recordaccess.read;

import io.github.recordaccess.config.AccessConfig;
import io.github.recordaccess.history.ExcludedShares;
import io.github.recordaccess.history.SnapshotPoint;
import io.github.recordaccess.history.SnapshotStore;
import io.github.recordaccess.practice.PracticeOverview;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.security.ScopeGuard;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ICB overview's reads, for the overview endpoint, the overview page and their CSV: the registered practices,
 * one row per practice of a list ({@link #rows}: every overview row is read there, from the stored figures), and
 * their trend lines.
 */
@ApplicationScoped
public class OverviewReads {

    private final PracticeOverview overview;
    private final PracticeRegistry registry;
    private final ExcludedShares excludedShares;
    private final AccessConfig config;
    private final ScopeGuard scope;
    private final SnapshotStore snapshots;
    private final Clock clock;

    public OverviewReads(
            PracticeOverview overview,
            PracticeRegistry registry,
            ExcludedShares excludedShares,
            AccessConfig config,
            ScopeGuard scope,
            SnapshotStore snapshots,
            Clock clock) {
        this.snapshots = snapshots;
        this.clock = clock;
        this.overview = overview;
        this.registry = registry;
        this.excludedShares = excludedShares;
        this.config = config;
        this.scope = scope;
    }

    /** Every registered practice by ODS code: an overview's practices when none are named. */
    public Map<OdsCode, PracticeEntry> registered() {
        Map<OdsCode, PracticeEntry> practices = new LinkedHashMap<>();
        registry.all().forEach(p -> practices.put(OdsCode.of(p.odsCode()), p));
        return practices;
    }

    /**
     * The overview rows of these practices: each practice's latest stored evaluation dated on or before {@code day}
     * ({@link SnapshotStore}: the same on every replica, however many practices), or, for {@code live} (a request's
     * {@code Cache-Control: no-cache}), for a practice with none stored yet and for one whose stored figures do not say
     * which registration routes were searched ({@link #routesUnknown}), an evaluation now with bounded
     * parallelism (from the cache when fresh). Failed practices first, then by excluded %, highest first. At most
     * {@code access.overview.max-practices}, the API's limit and the pages'. Of these, only the practices in the
     * caller's scope.
     */
    public List<OverviewRow> rows(Collection<OdsCode> practices, LocalDate day, boolean live) {
        // Only those the caller may see: a practice's staff get their own practices' rows, and totals over them only.
        Set<String> codes = scope.visible(practices.stream().map(OdsCode::value).toList()).stream()
                .collect(Collectors.toCollection(LinkedHashSet::new));
        int max = config.overview().maxPractices();
        if (codes.size() > max) {
            throw ApiException.invalid("An overview evaluates at most " + max
                    + " practices (access.overview.max-practices); this one would have " + codes.size() + ".");
        }
        Map<String, PracticeEntry> registered = new HashMap<>();
        registry.all().forEach(p -> registered.put(p.odsCode(), p));
        Instant now = clock.instant();
        Map<String, SnapshotPoint> stored = live ? Map.of() : snapshots.latestOnOrBefore(day);
        List<OverviewRow> rows = new ArrayList<>();
        List<String> toEvaluate = new ArrayList<>();
        for (String code : codes) {
            SnapshotPoint point = stored.get(code);
            if (point == null || routesUnknown(point)) {
                toEvaluate.add(code);
            } else {
                rows.add(StoredOverviewRows.of(point, summaryPath(code))
                        .about(registered.get(code), day, OverviewRow.Source.STORED, now));
            }
        }
        overview.evaluate(toEvaluate, day, live).stream()
                .map(r -> OverviewRow.from(r, summaryPath(r.odsCode()))
                        .about(registered.get(r.odsCode()), day, OverviewRow.Source.LIVE, now))
                .forEach(rows::add);
        rows.sort(Comparator.comparing((OverviewRow r) -> !r.failed())
                .thenComparing(r -> r.excludedPercent() == null ? 0.0 : r.excludedPercent(), Comparator.reverseOrder())
                .thenComparing(OverviewRow::practiceOdsCode));
        return rows;
    }

    /**
     * True for an OK point stored before the snapshot table kept the registration routes (V4: NULL). Such figures may
     * come from an evaluation that missed a route, and nothing says so: fail closed, the practice is evaluated live as
     * if nothing were stored, rather than a possibly partial result shown as complete. An ERROR point has no figures.
     */
    private static boolean routesUnknown(SnapshotPoint point) {
        return point.figures() != null && point.figures().cohortRoutes() == null;
    }

    private static String summaryPath(String odsCode) {
        return "/api/v1/practices/" + odsCode + "/summary";
    }

    /** Each of these practices' excluded % by day over the range, oldest first, for its trend line. */
    public Map<String, List<ExcludedShares.ExcludedShare>> excludedShares(
            Collection<OdsCode> practices, HistoryRange range) {
        Set<String> codes = practices.stream().map(OdsCode::value).collect(Collectors.toSet());
        return excludedShares.between(range.from(), range.to()).stream()
                .filter(share -> codes.contains(share.odsCode()))
                .collect(Collectors.groupingBy(ExcludedShares.ExcludedShare::odsCode));
    }
}
