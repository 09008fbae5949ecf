package io.github.recordaccess.pages;

import io.github.recordaccess.read.ApiException;
import io.github.recordaccess.read.Attention;
import io.github.recordaccess.read.HistoryRange;
import io.github.recordaccess.read.IcbHistoryReads;
import io.github.recordaccess.read.OdsCode;
import io.github.recordaccess.read.OverviewCsv;
import io.github.recordaccess.read.OverviewReads;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.security.Scope;
import io.github.recordaccess.security.ScopeGuard;
import io.github.recordaccess.security.SignOutTokens;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the ICB overview page and its CSV show, from the reads the API uses ({@link OverviewReads},
 * {@link IcbHistoryReads}): every registered practice's overview row that the caller may see, its trend line, and the
 * ICB's excluded % by day for those who may see the ICB's totals.
 */
@ApplicationScoped
public class OverviewViews {

    private final OverviewReads overviews;
    private final IcbHistoryReads icbHistory;
    private final ScopeGuard scope;
    private final SignOutTokens tokens;
    private final SecurityIdentity identity;

    public OverviewViews(
            OverviewReads overviews,
            IcbHistoryReads icbHistory,
            ScopeGuard scope,
            SignOutTokens tokens,
            SecurityIdentity identity) {
        this.tokens = tokens;
        this.identity = identity;
        this.overviews = overviews;
        this.icbHistory = icbHistory;
        this.scope = scope;
    }

    /**
     * The overview in the order asked for, filtered by an attention tag ({@code filter}, null for all); the totals are
     * over every practice the caller may see. {@code refreshed} names a practice just computed again (a notice only: a code no row has shows none), or is null.
     */
    OverviewPage overview(LocalDate day, OverviewSort sort, Attention filter, String refreshed) {
        Scope caller = scope.scope();
        Map<OdsCode, PracticeEntry> practices = overviews.registered();
        HistoryRange year = HistoryRange.yearTo(day);
        Map<String, List<TrendChart.Point>> trends =
                overviews.excludedShares(practices.keySet(), year).entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey,
                                e -> e.getValue().stream()
                                        .map(share -> new TrendChart.Point(share.date(), share.excludedPercent()))
                                        .toList()));
        List<OverviewPage.Entry> entries = overviews.rows(practices.keySet(), day, false).stream()
                .map(row -> OverviewPage.Entry.of(
                        practices.get(OdsCode.of(row.practiceOdsCode())),
                        row,
                        Sparkline.weekly(trends.getOrDefault(row.practiceOdsCode(), List.of()), day)))
                .toList();
        String filterQuery = OverviewFilter.query(filter);
        List<OverviewPage.Filter> filters = new ArrayList<>();
        filters.add(new OverviewPage.Filter("Every practice", "", filter == null));
        for (Attention tag : Attention.values()) {
            filters.add(new OverviewPage.Filter(AttentionWords.label(tag), tag.name(), tag == filter));
        }
        return new OverviewPage(
                day,
                sort.sorted(OverviewFilter.apply(entries, filter)),
                Arrays.stream(OverviewSort.Column.values())
                        .filter(c -> c.heading)
                        .map(c -> OverviewPage.Heading.of(c, sort, day, filterQuery))
                        .toList(),
                sort.described(),
                "/practices.csv?asOf=" + day,
                // The ICB's totals are for those who may see every practice's figures.
                caller.mayReadIcbTotals()
                        ? TrendChart.excludedPercent(icbHistory.history(year).points().stream()
                                .map(p -> new TrendChart.Point(
                                        p.date(), p.totals().excludedPercent()))
                                .toList())
                        : null,
                caller.figuresEverywhere(),
                OverviewTotals.of(entries),
                new OverviewPage.Controls(
                        sort.column().key,
                        sort.descending() ? "desc" : "asc",
                        filter == null ? "" : filter.name(),
                        OverviewSortChoices.options(sort, day, filterQuery),
                        filters,
                        tokens.pageFormToken(identity)),
                refreshed == null
                        ? null
                        : entries.stream()
                                .filter(e -> e.row().practiceOdsCode().equals(refreshed))
                                .map(OverviewPage.Entry::name)
                                .findFirst()
                                .orElse(null),
                OverviewSortChoices.select(sort, day, filter == null ? "" : filter.name()));
    }

    /** The overview's rows as the API's CSV. */
    Response overviewCsv(LocalDate day) {
        Map<OdsCode, PracticeEntry> practices = overviews.registered();
        if (practices.isEmpty()) {
            throw ApiException.invalid(
                    "No practices are registered yet: load the practice registry through the admin API.");
        }
        return OverviewCsv.response(overviews.rows(practices.keySet(), day, false), day);
    }
}
